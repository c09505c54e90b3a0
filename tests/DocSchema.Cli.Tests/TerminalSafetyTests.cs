using DocSchema.Cli.Output;
using DocSchema.Cli.Tests.Infrastructure;
using DocSchema.Generated;

namespace DocSchema.Cli.Tests;

/// <summary>
/// What people read (the text format, standard error) shows a document's or a file name's control
/// characters as their codes: a hostile page or file name cannot send a terminal escape sequences
/// or ring its bell. The JSON formats escape them as JSON does.
/// </summary>
public class TerminalSafetyTests
{
    [Theory]
    [InlineData("plain text, 中文, “quotes”", "plain text, 中文, “quotes”")]
    [InlineData("red \u001b[31mtext\u0007", "red <U+001B>[31mtext<U+0007>")]
    [InlineData("C1 \u009b31m and DEL \u007f", "C1 <U+009B>31m and DEL <U+007F>")]
    [InlineData("\u0000\u001f\u0080\u009f", "<U+0000><U+001F><U+0080><U+009F>")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("\u00a0no-break space and \u0085 next line", "\u00a0no-break space and <U+0085> next line")]
    public void Control_characters_a_terminal_acts_on_are_written_as_their_codes(string text, string shown) =>
        Assert.Equal(shown, TerminalText.Escape(text));

    [Fact]
    public void The_text_format_shows_a_documents_escape_sequences_as_codes()
    {
        var run = Parse("Head \u001b]0;owned\u0007line\n\nBody \u001b[2J text.\n", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  headline    Head <U+001B>]0;owned<U+0007>line" + Environment.NewLine, run.Stdout);
        Assert.Contains("Body <U+001B>[2J text.", run.Stdout);
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.DoesNotContain('\u0007', run.Stdout);
    }

    [Fact]
    public void The_json_formats_escape_them_as_json_does()
    {
        var run = Parse("Head \u001b[31mred\n\nBody.\n", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Head \\u001B[31mred", run.Stdout);
        Assert.Equal("Head \u001b[31mred", Assert.Single(run.JsonLines()).GetProperty("headline").GetString());
    }

    [Fact]
    public void A_file_names_escape_sequence_is_shown_as_codes_in_the_warning_and_the_text()
    {
        using var tree = new TempTree();
        var file = tree.WriteBytes("bad\u001b[31m\u0007.txt", [(byte)'a', 0xFF, (byte)'b']);

        var run = CliRun.Of(["parse", "--schema", "generic-news", file], schemas: DocSchemaRegistry.All);

        Assert.Equal(0, run.ExitCode);
        var shown = file.Replace("\u001b", "<U+001B>", StringComparison.Ordinal).Replace("\u0007", "<U+0007>", StringComparison.Ordinal);
        Assert.StartsWith($"docschema: warning: {shown}: invalid UTF-8 at byte offset 1", run.StderrLines[0]);
        Assert.StartsWith(shown + Environment.NewLine, run.Stdout);
        Assert.DoesNotContain('\u001b', run.Stderr + run.Stdout);
    }

    // Standard input parsed with the shipped generic schema, in `format`.
    private static CliRun Parse(string text, string format) =>
        CliRun.Of(["parse", "--schema", "generic-news", "--format", format, "-"], System.Text.Encoding.UTF8.GetBytes(text), DocSchemaRegistry.All);
}
