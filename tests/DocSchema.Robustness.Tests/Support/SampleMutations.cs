namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// Mutations of the real sample articles: lines deleted, duplicated, swapped, truncated, split and
/// joined; quote marks, brackets and punctuation inserted; lines spliced in from the other article.
/// The result keeps most of a real article's shape, so every role of every schema gets exercised on
/// nearly-valid input.
/// </summary>
internal static class SampleMutations
{
    private static readonly string s_inserted = "\"'“”‘’「」『』《》()（）[]【】,.!?。，、；：！？…—";

    /// <summary>A mutated sample and a description of what was done to it.</summary>
    public static (string Text, string Description) Mutate(Random random)
    {
        var sample = random.Next(SampleArticles.All.Count);
        var lines = SampleArticles.Lines[sample].ToList();
        var applied = new List<string> { $"sample {sample}" };
        for (var n = random.Next(1, 9); n > 0 && lines.Count > 0; n--) applied.Add(Apply(random, lines, sample));
        return (string.Join('\n', lines), string.Join(", ", applied));
    }

    private static string Apply(Random random, List<string> lines, int sample)
    {
        var at = random.Next(lines.Count);
        switch (random.Next(10))
        {
            case 0:
                var count = Math.Min(random.Next(1, 6), lines.Count - at);
                lines.RemoveRange(at, count);
                return $"delete {count} at {at}";
            case 1:
                lines.Insert(at, lines[at]);
                return $"duplicate {at}";
            case 2:
                var other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                return $"swap {at}/{other}";
            case 3:
                lines.RemoveRange(at, lines.Count - at);
                return $"truncate to {at} lines";
            case 4:
                // Inside a line, possibly between the two halves of a surrogate pair.
                var cut = random.Next(lines[at].Length + 1);
                lines[at] = lines[at][..cut];
                lines.RemoveRange(at + 1, lines.Count - at - 1);
                return $"truncate at line {at} char {cut}";
            case 5:
            case 6:
                var marks = random.Next(1, 6);
                for (var i = 0; i < marks; i++)
                {
                    var line = lines[at];
                    lines[at] = line.Insert(random.Next(line.Length + 1), s_inserted[random.Next(s_inserted.Length)].ToString());
                }
                return $"insert {marks} marks in {at}";
            case 7:
                // Lines of the other article, so Chinese and English, captions and datelines meet.
                var donor = SampleArticles.Lines[(sample + 1 + random.Next(SampleArticles.All.Count - 1)) % SampleArticles.All.Count];
                var from = random.Next(donor.Length);
                var take = Math.Min(random.Next(1, 12), donor.Length - from);
                lines.InsertRange(at, donor.Skip(from).Take(take));
                return $"splice {take} lines from {from} of the other sample at {at}";
            case 8:
                var split = random.Next(lines[at].Length + 1);
                var text = lines[at];
                lines[at] = text[..split];
                lines.Insert(at + 1, text[split..]);
                return $"split {at} at {split}";
            default:
                if (at + 1 >= lines.Count) return "join (nothing after)";
                lines[at] += lines[at + 1];
                lines.RemoveAt(at + 1);
                return $"join {at} and {at + 1}";
        }
    }
}
