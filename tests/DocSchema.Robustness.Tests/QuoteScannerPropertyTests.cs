using DocSchema.Robustness.Tests.Support;
using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Robustness.Tests;

/// <summary>
/// The quote scanner's and language detector's contracts on random text, directly: the scanner's
/// spans lie in the paragraph, are trimmed and non-empty, come in order of their start, and any two
/// are nested or apart (the article builder's nesting limit relies on it); the detector always gives
/// a language tag. Paragraphs are random Unicode and sample lines with quote marks inserted.
/// </summary>
public sealed class QuoteScannerPropertyTests(ITestOutputHelper output)
{
    private const string Category = "quote-scanner";
    private const string Marks = "\"'“”‘’「」『』《》";

    [Fact]
    public void Quote_spans_are_trimmed_ordered_and_nested_or_apart()
    {
        var cases = PropertySeed.Cases(3000);
        long quotes = 0;
        for (var number = 0; number < cases; number++)
        {
            var random = PropertySeed.ForCase(Category, number);
            var text = number % 2 == 0 ? RandomUnicode.Generate(random, 3000) : WithMarks(random);
            var start = random.Next(Math.Min(text.Length, 20) + 1);
            var paragraph = TextSpan.FromBounds(start, text.Length - random.Next(Math.Min(text.Length - start, 20) + 1));
            var label = $"seed {PropertySeed.Value}, case {number} ({PropertySeed.Reproduce} reproduces it), paragraph {paragraph} of: {PropertyCase.Preview(text)}";

            IReadOnlyList<TextSpan> spans;
            try
            {
                spans = QuoteScanner.Scan(text, paragraph);
                var language = LanguageDetector.Detect(text.Substring(paragraph.Start, paragraph.Length));
                Assert.Matches("^[a-z]{2,3}(-[A-Z][a-z]{3})?$", language);
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"threw {ex.GetType().Name}: {ex.Message}; {label}");
                throw;
            }

            quotes += spans.Count;
            for (var i = 0; i < spans.Count; i++)
            {
                var span = spans[i];
                Assert.True(span.Length > 0 && paragraph.Contains(span), $"quote {i} at {span} is empty or outside the paragraph; {label}");
                Assert.True(!SourceText.IsTrimmable(text[span.Start]) && !SourceText.IsTrimmable(text[span.End - 1]), $"quote {i} at {span} is not trimmed; {label}");
                if (i == 0) continue;
                var before = spans[i - 1];
                Assert.True(before.Start <= span.Start, $"quote {i} at {span} starts before quote {i - 1} at {before}; {label}");
                for (var j = 0; j < i; j++)
                {
                    var other = spans[j];
                    var apart = other.End <= span.Start;
                    Assert.True(apart || other.Contains(span), $"quote {i} at {span} overlaps quote {j} at {other} without being inside it; {label}");
                }
            }
        }
        output.WriteLine($"{Category}: {cases} paragraphs, {quotes:N0} quotes; seed {PropertySeed.Value}");
    }

    // A line of a sample with quote marks of every family inserted at random.
    private static string WithMarks(Random random)
    {
        var lines = SampleArticles.Lines[random.Next(SampleArticles.All.Count)];
        var line = lines[random.Next(lines.Length)];
        for (var n = random.Next(1, 30); n > 0; n--) line = line.Insert(random.Next(line.Length + 1), Marks[random.Next(Marks.Length)].ToString());
        return line;
    }
}
