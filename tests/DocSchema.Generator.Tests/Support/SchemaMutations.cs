using System.Text;

namespace DocSchema.Generator.Tests.Support;

/// <summary>
/// Seeded random mutations of a valid schema text (character edits, moved lines, deletions,
/// truncation): hostile input that is close enough to a schema to reach deep into the reader.
/// </summary>
internal static class SchemaMutations
{
    // Characters with a meaning to YAML or to patterns, line breaks of every kind, and non-ASCII.
    private const string Alphabet = "ab-_:{}[]()'\"\\|>#&*!?@%,^$ \t\n\r\u2028\u00850129中（）";

    public static IEnumerable<(int Index, string Text)> Of(string valid, int seed, int count)
    {
        var random = new Random(seed);
        var baseLines = valid.Split('\n');
        for (var index = 0; index < count; index++)
        {
            var text = new StringBuilder(valid);
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(6))
                {
                    case 0 when at < text.Length:
                        text.Remove(at, 1);
                        break;
                    case 1:
                        text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                        break;
                    case 2 when at < text.Length:
                        text[at] = Alphabet[random.Next(Alphabet.Length)];
                        break;
                    case 3:
                        // A whole line of the schema, elsewhere (duplicate keys and roles, odd nesting).
                        text.Insert(at, baseLines[random.Next(baseLines.Length)] + "\n");
                        break;
                    case 4 when at < text.Length:
                        text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at));
                        break;
                    default:
                        text.Length = at;
                        break;
                }
            }
            yield return (index, text.ToString());
        }
    }
}
