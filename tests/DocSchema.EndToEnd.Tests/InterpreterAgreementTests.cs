using DocSchema.EndToEnd.Tests.Support;
using DocSchema.Generated;
using DocSchema.Interpreter;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Registry;
using DocSchema.Runtime.Text;
using Xunit.Abstractions;

namespace DocSchema.EndToEnd.Tests;

/// <summary>
/// The generated parsers against the reference interpreter (Sprache combinators over the same
/// model): the same JSON and the same scores on the samples and on seeded mutations of them, the
/// way the .NET Regex tests run their engines against each other.
/// </summary>
public sealed class InterpreterAgreementTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<InterpretedSchema> Interpreted =
        SchemaInterpreter.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "Schemas"));

    public static TheoryData<string> SchemaNames() => new(DocSchemaRegistry.All.Select(s => s.Name));

    private static (SchemaInfo Generated, InterpretedSchema Interpreted) Pair(string name) =>
        (DocSchemaRegistry.All.Single(s => s.Name == name), Interpreted.Single(s => s.Name == name));

    [Fact]
    public void Every_shipped_schema_is_interpreted() =>
        Assert.Equal(DocSchemaRegistry.All.Select(s => s.Name).Order(), Interpreted.Select(s => s.Name).Order());

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Same_json_and_score_on_every_sample(string schema)
    {
        var (generated, interpreted) = Pair(schema);
        foreach (var name in SampleFiles.GoldNames())
        {
            var text = SampleFiles.ReadArticle(name);
            AssertAgree(generated, interpreted, text, $"{schema} on {name}");
        }
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Same_json_and_score_on_mutated_samples(string schema)
    {
        var (generated, interpreted) = Pair(schema);
        var seed = int.TryParse(Environment.GetEnvironmentVariable("DOCSCHEMA_PROPERTY_SEED"), out var s) ? s : 20261122;
        var random = new Random(seed);
        var samples = SampleFiles.GoldNames().Select(SampleFiles.ReadArticle).ToList();
        const int cases = 60;
        for (var i = 0; i < cases; i++)
        {
            var text = Mutate(samples[random.Next(samples.Count)], samples, random);
            AssertAgree(generated, interpreted, text, $"{schema}, seed {seed}, case {i}");
        }
        output.WriteLine($"{schema}: {cases} mutated documents agreed (seed {seed})");
    }

    private static void AssertAgree(SchemaInfo generated, InterpretedSchema interpreted, string text, string what)
    {
        Assert.True(generated.Score(SourceText.From(text)) == interpreted.Score(text), $"{what}: scores differ");
        var expected = generated.Parse(SourceText.From(text, "doc"));
        // The generated parser stops matching when its step budget runs out; the interpreter has none.
        if (expected.Diagnostics.Any(d => d.Id == "DS2002")) return;
        var actual = interpreted.Parse(SourceText.From(text, "doc"));
        Assert.Equal(ArticleJsonWriter.ToJson(expected.Article!), ArticleJsonWriter.ToJson(actual.Value!));
    }

    /// <summary>Line-level mutations: delete, duplicate, swap, truncate, splice in a line of another sample, insert marks.</summary>
    private static string Mutate(string text, IReadOnlyList<string> samples, Random random)
    {
        var lines = text.Split('\n').ToList();
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && lines.Count > 1; e++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[at]); break;
                case 2:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case 3: lines[at] = lines[at][..random.Next(lines[at].Length + 1)]; break;
                case 4:
                    var donor = samples[random.Next(samples.Count)].Split('\n');
                    lines.Insert(at, donor[random.Next(donor.Length)]);
                    break;
                default:
                    var marks = new[] { "“", "”", "\"", "(", ")", "（", "）", "。", "、", "\n", "", "'" };
                    var line = lines[at];
                    var position = random.Next(line.Length + 1);
                    lines[at] = line[..position] + marks[random.Next(marks.Length)] + line[position..];
                    break;
            }
        }
        return string.Join('\n', lines);
    }
}
