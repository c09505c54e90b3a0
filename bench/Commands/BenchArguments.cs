using System.Globalization;

namespace DocSchema.Bench.Commands;

/// <summary>
/// The checks every bench command makes of its arguments, each failing with a
/// <see cref="BenchUsageException"/> that names the command and what was given.
/// </summary>
public static class BenchArguments
{
    /// <summary><paramref name="text"/> as a whole number of at least 1 (a count of runs, of parses, of writes).</summary>
    public static int Count(string command, string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count >= 1
            ? count
            : throw new BenchUsageException($"{command}: {name} must be a whole number of at least 1, not '{text}'");

    /// <summary>
    /// The options of <paramref name="given"/>, each named in <paramref name="flags"/> (given alone)
    /// or in <paramref name="valued"/> (followed by its value), none twice.
    /// </summary>
    /// <returns>Each option given, with its value (null for a flag).</returns>
    public static IReadOnlyDictionary<string, string?> Options(string command, IReadOnlyList<string> given, string[] flags, string[] valued)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (int i = 0; i < given.Count; i++)
        {
            string option = given[i];
            string? value = null;
            if (valued.Contains(option))
            {
                if (i + 1 >= given.Count) throw new BenchUsageException($"{command}: {option} needs a value");
                value = given[++i];
            }
            else if (!flags.Contains(option))
            {
                throw new BenchUsageException($"{command}: unknown option '{option}' (it takes: {string.Join(", ", flags.Concat(valued.Select(v => v + " VALUE")))})");
            }

            if (!options.TryAdd(option, value)) throw new BenchUsageException($"{command}: {option} is given twice");
        }

        return options;
    }
}
