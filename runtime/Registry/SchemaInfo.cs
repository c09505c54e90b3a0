using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Registry;

/// <summary>A compiled-in schema, as the generated registry lists it.</summary>
/// <param name="Name">The schema's name (<c>schema:</c> in its YAML), e.g. <c>oriental-daily</c>.</param>
/// <param name="Description">The schema's <c>doc:</c> text.</param>
/// <param name="TypeName">The full name of the generated article type.</param>
/// <param name="Score">How well a text looks like this schema's source (higher is better; 0 = not at all).
/// Cheap: used to pick a schema per document with <c>--schema auto</c>.</param>
/// <param name="Parse">Parses a document with this schema.</param>
public sealed record SchemaInfo(string Name, string Description, string TypeName, Func<string, int> Score, Func<SourceText, IParseResult> Parse)
{
    /// <summary>The schema among <paramref name="schemas"/> that scores <paramref name="text"/> highest (first listed wins ties).</summary>
    public static SchemaInfo? Best(IEnumerable<SchemaInfo> schemas, string text)
    {
        SchemaInfo? best = null;
        var bestScore = int.MinValue;
        foreach (var schema in schemas)
        {
            var score = schema.Score(text);
            if (score > bestScore)
            {
                best = schema;
                bestScore = score;
            }
        }
        return best;
    }
}
