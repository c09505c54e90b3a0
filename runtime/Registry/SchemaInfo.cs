using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Registry;

/// <summary>A compiled-in schema, as the generated registry lists it.</summary>
/// <param name="Name">The schema's name (<c>schema:</c> in its YAML), e.g. <c>oriental-daily</c>.</param>
/// <param name="Description">The schema's <c>doc:</c> text.</param>
/// <param name="TypeName">The full name of the generated article type.</param>
/// <param name="Score">How well a text looks like this schema's source (higher is better; 0 = not at all).
/// Cheap: used to pick a schema per document with <c>--schema auto</c>. What it splits stays with the
/// <see cref="SourceText"/>, so parsing the same one afterwards does not split it again.</param>
/// <param name="Parse">Parses a document with this schema.</param>
/// <param name="MaxScore">The highest score <paramref name="Score"/> can give (the sum of the schema's
/// positive detect weights); <see cref="int.MaxValue"/> when unknown. <see cref="Best(IEnumerable{SchemaInfo}, SourceText)"/> does not
/// score a schema that could not beat the best so far.</param>
public sealed record SchemaInfo(string Name, string Description, string TypeName, Func<SourceText, int> Score, Func<SourceText, IParseResult> Parse, int MaxScore = int.MaxValue)
{
    /// <summary>The schema among <paramref name="schemas"/> that scores <paramref name="text"/> highest (first listed wins ties).</summary>
    /// <remarks>To parse the text with the schema chosen, pass the same <see cref="SourceText"/> to
    /// <see cref="Best(IEnumerable{SchemaInfo}, SourceText)"/> and then to <see cref="Parse"/>: the
    /// blocks scoring split are not split again.</remarks>
    public static SchemaInfo? Best(IEnumerable<SchemaInfo> schemas, string text) => Best(schemas, SourceText.From(text));

    /// <summary>The schema among <paramref name="schemas"/> that scores <paramref name="source"/> highest (first listed wins ties).</summary>
    /// <remarks>
    /// Schemas are scored in order of the highest score each could reach, and one whose
    /// <see cref="MaxScore"/> is below the best score so far (or equal to it, from a later place in
    /// the list) is not scored at all: it could not win. The answer is the one scoring every schema
    /// gives; choosing among many sources costs less than scoring them all, because a text that
    /// clearly belongs to one source turns the others away unscored.
    /// </remarks>
    public static SchemaInfo? Best(IEnumerable<SchemaInfo> schemas, SourceText source)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        ArgumentNullException.ThrowIfNull(source);
        var list = schemas as IReadOnlyList<SchemaInfo> ?? schemas.ToList();

        // Highest reachable score first, list order among equals: one sort of keys that hold both
        // (the room left below int.MaxValue in the high half, the place in the low half).
        Span<ulong> order = list.Count <= 64 ? stackalloc ulong[list.Count] : new ulong[list.Count];
        for (var i = 0; i < order.Length; i++) order[i] = ((ulong)((long)int.MaxValue - list[i].MaxScore) << 32) | (uint)i;
        order.Sort();

        SchemaInfo? best = null;
        int bestScore = int.MinValue, bestIndex = -1;
        foreach (var key in order)
        {
            var index = (int)(uint)key;
            var schema = list[index];
            // Every schema after this one reaches no higher, or as high from a later place: none can win.
            if (best is not null && (schema.MaxScore < bestScore || (schema.MaxScore == bestScore && index > bestIndex))) break;
            var score = schema.Score(source);
            if (best is null || score > bestScore || (score == bestScore && index < bestIndex))
            {
                best = schema;
                bestScore = score;
                bestIndex = index;
            }
        }
        return best;
    }
}
