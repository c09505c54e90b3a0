using System;
using System.Collections.Generic;
using System.Linq;

namespace DocSchema.Generator.Validation;

/// <summary>Finds the valid name closest to a misspelt one, for "did you mean …?" hints.</summary>
internal static class NameSuggestion
{
    /// <summary>The candidate nearest to <paramref name="name"/> by edit distance, if it is near enough to be a likely typo.</summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A third of the name's length (at least 2 edits) separates typos from different words.
        return best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    /// <summary>" (did you mean `x`?)" or nothing.</summary>
    public static string Hint(string name, IEnumerable<string> candidates, string prefix = "") =>
        Nearest(name, candidates) is { } nearest ? $"; did you mean `{prefix}{nearest}`?" : "";

    /// <summary>Edit distance where swapping two neighbouring letters is one edit ("hna" is one away from "han").</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
