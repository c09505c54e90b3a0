using System.Text;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// A folder of inputs for the CLI batch acceptance run, made from the property seed: mutated
/// articles (line mutations, line ends and invisible marks, random Unicode, damaged bytes, UTF-16
/// and BOMs) and every pathological input (a 5-million-character line, 100,000 blank lines, 50,000
/// unbalanced quote marks, quotes nested 20,000 deep).
/// </summary>
internal static class AcceptanceCorpus
{
    /// <summary>Where to keep a full-size corpus for a manual run (<c>dotnet run -c Release --project cli -- parse --schema auto --format jsonl DIR</c>).</summary>
    public const string DirectoryVariable = "DOCSCHEMA_ACCEPTANCE_DIR";

    private const string Category = "acceptance";

    /// <summary>The files written, by name relative to the folder.</summary>
    public sealed record Written(IReadOnlyList<string> Names, IReadOnlySet<string> Damaged, long Bytes);

    /// <summary>Writes <paramref name="mutated"/> mutated articles and every pathological input into <paramref name="folder"/>.</summary>
    public static Written Write(string folder, int mutated)
    {
        Directory.CreateDirectory(folder);
        var names = new List<string>();
        var damaged = new HashSet<string>();
        long bytes = 0;
        for (var i = 0; i < mutated; i++)
        {
            var random = PropertySeed.ForCase(Category, i);
            var (content, isDamaged) = Mutated(random, i % 6);
            var name = $"mutated-{i:D4}.txt";
            File.WriteAllBytes(Path.Combine(folder, name), content);
            names.Add(name);
            if (isDamaged) damaged.Add(name);
            bytes += content.Length;
        }
        for (var i = 0; i < PathologicalInputs.Names.Length; i++)
        {
            var name = $"pathological-{PathologicalInputs.Names[i]}.txt";
            var content = Encoding.UTF8.GetBytes(PathologicalInputs.Create(PathologicalInputs.Names[i], PropertySeed.ForCase(Category + "/pathological", i)));
            File.WriteAllBytes(Path.Combine(folder, name), content);
            names.Add(name);
            bytes += content.Length;
        }
        names.Sort(StringComparer.Ordinal);
        return new Written(names, damaged, bytes);
    }

    private static (byte[] Content, bool Damaged) Mutated(Random random, int kind)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        switch (kind)
        {
            case 0:
                return (utf8.GetBytes(SampleMutations.Mutate(random).Text), false);
            case 1:
                return (utf8.GetBytes(TextDisguises.Disguise(random).Text), false);
            case 2:
                // Lone surrogates cannot be written as UTF-8: the encoder writes U+FFFD in their place.
                return (utf8.GetBytes(RandomUnicode.Generate(random, 20_000)), false);
            case 3:
                // Bytes of another encoding, or a file cut short, inside an otherwise good article.
                var body = utf8.GetBytes(SampleMutations.Mutate(random).Text).ToList();
                var count = random.Next(1, 6);
                for (var n = 0; n < count; n++) body.Insert(random.Next(body.Count + 1), (byte)random.Next(0x80, 0x100));
                // An inserted byte can complete a valid sequence by chance; whether it did, the decoder says.
                var damaged = body.ToArray();
                return (damaged, !IsValidUtf8(damaged));
            case 4:
                var bigEndian = random.Next(2) == 0;
                return ([.. bigEndian ? new byte[] { 0xFE, 0xFF } : [0xFF, 0xFE], .. new UnicodeEncoding(bigEndian, false).GetBytes(SampleMutations.Mutate(random).Text)], false);
            default:
                return ([0xEF, 0xBB, 0xBF, .. utf8.GetBytes(TextDisguises.Disguise(random).Text)], false);
        }
    }

    private static bool IsValidUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
