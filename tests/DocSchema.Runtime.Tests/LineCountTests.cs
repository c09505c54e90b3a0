using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>Counting lines by their LFs (the fast path) must agree with walking every kind of break.</summary>
public class LineCountTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("one line", 1)]
    [InlineData("a\nb", 2)]
    [InlineData("a\r\nb\r\n", 3)]
    [InlineData("a\rb\u0085c\u2028d\u2029e", 5)]
    [InlineData("\n\n\n", 4)]
    [InlineData("a\r\rb", 3)]
    public void Lines_are_the_breaks_plus_one_with_crlf_as_one(string text, int lines) =>
        Assert.Equal(lines, LineBreaks.CountLines(text));

    [Fact]
    public void The_count_agrees_with_walking_the_breaks_on_random_text()
    {
        var random = new Random(2028);
        string[] pieces = ["x", "中", " ", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029"];
        for (int round = 0; round < 3_000; round++)
        {
            // Half the texts use LF only, so both paths are taken.
            int kinds = round % 2 == 0 ? 4 : pieces.Length;
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(kinds)]));
            int expected = 1;
            for (int pos = 0; pos < text.Length; pos++)
            {
                int length = LineBreaks.LengthAt(text, pos, text.Length);
                if (length == 0) continue;
                expected++;
                pos += length - 1;
            }

            Assert.True(expected == LineBreaks.CountLines(text), $"round {round}: {System.Text.Json.JsonSerializer.Serialize(text)}");
        }
    }
}
