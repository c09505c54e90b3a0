using System.Text;
using DocSchema.Runtime.Languages;
using Xunit.Abstractions;

namespace DocSchema.Runtime.Tests.LanguageId;

/// <summary>
/// Accuracy of <see cref="LanguageDetector.Detect"/> on the evaluation set: real translated
/// sentences from the evaluation half of the machine's gettext catalogues, never seen by the
/// classifier's training (tools/langid/build_eval_set.py; docs/language-identification.md).
/// </summary>
public class LanguageIdentificationAccuracyTests(ITestOutputHelper output)
{
    private const string EvalSetFile = "LanguageId/eval-set.tsv";

    // Each floor is 3–6 points under the accuracy measured when the tables were built (see the
    // table in docs/language-identification.md), so a regression fails and a small change does not.
    // Malay is low because the catalogues hold little Malay and it is the one language the
    // profiles confuse with another (Indonesian); see the doc's known weaknesses.
    private static readonly Dictionary<string, double> s_floors = new(StringComparer.Ordinal)
    {
        ["en"] = 0.96,
        ["ms"] = 0.63,
        ["id"] = 0.86,
        ["fr"] = 0.95,
        ["de"] = 0.96,
        ["es"] = 0.93,
        ["pt"] = 0.91,
        ["it"] = 0.96,
        ["nl"] = 0.93,
        ["vi"] = 0.97,
        ["zh-Hans"] = 0.94,
        ["zh-Hant"] = 0.93,
        ["ja"] = 0.95,
        ["ko"] = 0.96,
        ["ru"] = 0.97,
        ["ar"] = 0.96,
        ["th"] = 0.95,
        ["ta"] = 0.96,
        ["hi"] = 0.96,
        ["el"] = 0.95,
        ["he"] = 0.95,
    };

    [Fact]
    public void Every_language_of_the_evaluation_set_meets_its_accuracy_floor()
    {
        var samples = ReadEvalSet();
        var results = new Dictionary<string, (int Total, int Correct, Dictionary<string, int> Confusions)>(StringComparer.Ordinal);
        foreach (var (expected, text) in samples)
        {
            string actual = LanguageDetector.Detect(text);
            var (total, correct, confusions) = results.TryGetValue(expected, out var r) ? r : (0, 0, new Dictionary<string, int>(StringComparer.Ordinal));
            if (actual != expected)
            {
                confusions[actual] = confusions.GetValueOrDefault(actual) + 1;
            }

            results[expected] = (total + 1, correct + (actual == expected ? 1 : 0), confusions);
        }

        var table = new StringBuilder();
        table.AppendLine("| language | sentences | accuracy | floor | most confused with |");
        table.AppendLine("| --- | ---: | ---: | ---: | --- |");
        var failures = new List<string>();
        foreach (var (tag, floor) in s_floors)
        {
            Assert.True(results.TryGetValue(tag, out var result), $"no {tag} sentences in {EvalSetFile}");
            double accuracy = (double)result.Correct / result.Total;
            string confused = string.Join(", ", result.Confusions.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(3).Select(c => $"{c.Key} {c.Value}"));
            table.AppendLine($"| {tag} | {result.Total} | {accuracy:0.000} | {floor:0.00} | {confused} |");
            if (accuracy < floor)
            {
                failures.Add($"{tag}: {accuracy:0.000} < {floor:0.00}");
            }
        }

        output.WriteLine(table.ToString());
        Assert.Equal(s_floors.Count, results.Count);
        Assert.True(failures.Count == 0, "below the floor: " + string.Join("; ", failures) + "\n" + table);
    }

    // Floors for the first five words of each sentence (headline length), Latin-script languages only.
    private static readonly Dictionary<string, double> s_headlineFloors = new(StringComparer.Ordinal)
    {
        ["en"] = 0.96,
        ["ms"] = 0.56,
        ["id"] = 0.86,
        ["fr"] = 0.94,
        ["de"] = 0.96,
        ["es"] = 0.91,
        ["pt"] = 0.90,
        ["it"] = 0.95,
        ["nl"] = 0.92,
        ["vi"] = 0.97,
    };

    [Fact]
    public void First_five_words_of_latin_sentences_meet_their_floor()
    {
        var table = new StringBuilder();
        table.AppendLine("| language | sentences | accuracy on the first five words | floor |");
        table.AppendLine("| --- | ---: | ---: | ---: |");
        var failures = new List<string>();
        var samples = ReadEvalSet();
        foreach (var (tag, floor) in s_headlineFloors)
        {
            var texts = samples.Where(s => s.Tag == tag).Select(s => string.Join(' ', s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5))).ToList();
            double accuracy = (double)texts.Count(t => LanguageDetector.Detect(t) == tag) / texts.Count;
            table.AppendLine($"| {tag} | {texts.Count} | {accuracy:0.000} | {floor:0.00} |");
            if (accuracy < floor)
            {
                failures.Add($"{tag}: {accuracy:0.000} < {floor:0.00}");
            }
        }

        output.WriteLine(table.ToString());
        Assert.True(failures.Count == 0, "below the floor: " + string.Join("; ", failures) + "\n" + table);
    }

    [Fact]
    public void Stopping_early_on_long_paragraphs_agrees_with_reading_them_whole()
    {
        // The Latin classifier stops once one language is far ahead (LatinLanguageClassifier
        // .DecidedMargin). Paragraphs of 300 to 512 characters, made of consecutive evaluation
        // sentences of one language, must get the language that reading all of them gives.
        var table = new StringBuilder();
        table.AppendLine("| language | paragraphs | stopped early | same answer as reading whole | characters read |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        var disagreements = new List<string>();
        var samples = ReadEvalSet();
        foreach (var tag in s_headlineFloors.Keys)
        {
            var paragraphs = new List<string>();
            var paragraph = new StringBuilder();
            foreach (var (_, text) in samples.Where(s => s.Tag == tag))
            {
                paragraph.Append(text.TrimEnd('.', ' ')).Append(". ");
                if (paragraph.Length < 300) continue;
                paragraphs.Add(paragraph.ToString(0, Math.Min(paragraph.Length, LatinLanguageClassifier.MaxCharacters)));
                paragraph.Clear();
            }

            int same = 0, early = 0;
            long read = 0, length = 0;
            foreach (var text in paragraphs)
            {
                var whole = LatinLanguageClassifier.Classify(text, decidedAfter: int.MaxValue, out _);
                var answer = LatinLanguageClassifier.Classify(text, LatinLanguageClassifier.DecidedAfter, out var charactersRead);
                if (answer == whole) same++;
                else disagreements.Add($"{tag}: {whole} when read whole, {answer} when stopped at {charactersRead}: \"{text}\"");
                if (charactersRead < text.Length) early++;
                read += charactersRead;
                length += text.Length;
            }

            table.AppendLine($"| {tag} | {paragraphs.Count} | {early} | {same} | {100.0 * read / length:0} % |");
        }

        output.WriteLine(table.ToString());
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements) + "\n" + table);
    }

    [Fact]
    public void Evaluation_set_has_three_hundred_sentences_for_each_language()
    {
        var counts = ReadEvalSet().GroupBy(s => s.Tag).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(s_floors.Keys.Order(StringComparer.Ordinal), counts.Keys.Order(StringComparer.Ordinal));
        Assert.All(counts, c => Assert.Equal(300, c.Value));
    }

    private static List<(string Tag, string Text)> ReadEvalSet()
    {
        var samples = new List<(string, string)>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, EvalSetFile), Encoding.UTF8))
        {
            int tab = line.IndexOf('\t');
            Assert.True(tab > 0, $"not tag<TAB>text: {line}");
            samples.Add((line[..tab], line[(tab + 1)..]));
        }

        return samples;
    }
}
