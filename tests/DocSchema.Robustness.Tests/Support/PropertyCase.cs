using System.Text;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// Names one generated input: its category, the run's seed and its case number, so that every
/// failure message says how to reproduce it, and shows the start of the input.
/// </summary>
/// <param name="Category">The kind of input (random-unicode, sample-mutation, …).</param>
/// <param name="Number">The case number within the category.</param>
/// <param name="Text">The input.</param>
/// <param name="Description">What was done to make it (the mutations applied), or empty.</param>
internal sealed record PropertyCase(string Category, int Number, string Text, string Description = "")
{
    private const int PreviewLength = 240;

    /// <summary>Where the case comes from, for failure messages: category, seed, case number.</summary>
    public string Label => $"category {Category}, seed {PropertySeed.Value}, case {Number} ({PropertySeed.Reproduce} reproduces it)";

    /// <summary>The label, what was done, the input's length and the start of the input with invisible characters escaped.</summary>
    public string Describe(string schema) =>
        $"{Label}, schema {schema}{(Description.Length > 0 ? ", " + Description : "")}; input of {Text.Length} chars: {Preview(Text)}";

    /// <summary>The start of <paramref name="text"/>, every character that is not printable ASCII or Han escaped as \uXXXX.</summary>
    public static string Preview(string text)
    {
        var preview = new StringBuilder();
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, PreviewLength)))
        {
            if (c is >= ' ' and <= '~' and not '\\' || c is >= '\u4E00' and <= '\u9FFF') preview.Append(c);
            else preview.Append($"\\u{(int)c:X4}");
        }
        if (text.Length > PreviewLength) preview.Append('…');
        return preview.ToString();
    }
}
