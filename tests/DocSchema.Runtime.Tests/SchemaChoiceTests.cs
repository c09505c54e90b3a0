using DocSchema.Runtime.Registry;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// <see cref="SchemaInfo.Best(IEnumerable{SchemaInfo}, DocSchema.Runtime.Text.SourceText)"/> leaves unscored the schemas that could not win (their highest
/// possible score is below the best so far): it must still choose exactly what scoring every schema
/// chooses, the highest score with the first listed winning ties.
/// </summary>
public class SchemaChoiceTests
{
    private static readonly Func<SourceText, IParseResult> s_noParse = _ => throw new InvalidOperationException("not parsed here");

    [Fact]
    public void The_choice_is_the_one_scoring_every_schema_gives()
    {
        var random = new Random(5150);
        int skipped = 0;
        for (int round = 0; round < 3_000; round++)
        {
            // Mostly a few, as registries are; now and then more than fit on the stack.
            int count = round % 100 == 0 ? random.Next(65, 90) : random.Next(1, 7);
            var scores = new int[count];
            var scored = new bool[count];
            var schemas = new List<SchemaInfo>();
            for (int i = 0; i < count; i++)
            {
                int max = random.Next(-2, 8);
                scores[i] = max - random.Next(0, 4);
                int index = i;
                schemas.Add(new SchemaInfo($"s{i}", "", "T", _ => { scored[index] = true; return scores[index]; }, s_noParse, max));
            }

            int expected = 0;
            for (int i = 1; i < count; i++)
                if (scores[i] > scores[expected]) expected = i;

            Assert.Equal($"s{expected}", SchemaInfo.Best(schemas, "text")!.Name);
            skipped += scored.Count(s => !s);
        }

        // Schemas were left unscored, so the pruning was exercised, not just the full loop.
        Assert.True(skipped > 1_000, $"only {skipped} schemas were left unscored");
    }

    [Fact]
    public void A_schema_that_cannot_reach_the_best_score_is_not_scored()
    {
        var schemas = new[]
        {
            new SchemaInfo("bilingual", "", "T", _ => throw new InvalidOperationException("scored although it could reach only 5"), s_noParse, MaxScore: 5),
            new SchemaInfo("generic", "", "T", _ => 1, s_noParse, MaxScore: 1),
            new SchemaInfo("site", "", "T", _ => 6, s_noParse, MaxScore: 9),
        };
        Assert.Equal("site", SchemaInfo.Best(schemas, "text")!.Name);
    }

    [Fact]
    public void Without_a_highest_score_every_schema_is_scored_and_the_first_listed_wins_ties()
    {
        var schemas = new[]
        {
            new SchemaInfo("a", "", "T", _ => 2, s_noParse),
            new SchemaInfo("b", "", "T", _ => 3, s_noParse),
            new SchemaInfo("c", "", "T", _ => 3, s_noParse),
        };
        Assert.Equal("b", SchemaInfo.Best(schemas, "text")!.Name);
        Assert.Null(SchemaInfo.Best([], "text"));
    }
}
