using System.Runtime.CompilerServices;
using System.Text.Json;
using DocSchema.Runtime.Languages;

namespace DocSchema.Runtime.Json;

/// <summary>
/// The language tags the runtime gives (<see cref="LanguageDetector"/>, <see cref="ArticleLanguage"/>),
/// each encoded once for the article JSON, which writes one for every paragraph.
/// </summary>
/// <remarks>
/// Why: a tag written as a string went through the whole of a string's encoding (its checks, its
/// room, a character at a time for a string shorter than a vector): about 200 instructions for
/// <c>zh-Hans</c>, written about fifty times by a Chinese page (the seventeenth round of
/// docs/performance-history.md). A tag is found by reference, not compared: paragraphs carry the very
/// strings listed here, and a few reference tests cost less than one comparison of characters. Any
/// other string (a caller's own paragraph, say) is not found and is written as strings are, which
/// gives the same bytes.
/// </remarks>
internal static class JsonLanguageTags
{
    // The commonest first (Chinese and English news), each once.
    private static readonly string[] s_tags =
        [.. new[] { LanguageDetector.SimplifiedChinese }.Concat(LatinLanguageProfiles.Tags).Concat(LanguageDetector.NonLatinTags).Append(ArticleLanguage.Mixed).Distinct()];

    private static readonly JsonEncodedText[] s_encoded = Array.ConvertAll(s_tags, JsonNames.Encode);

    /// <summary>True, with its encoding, when <paramref name="tag"/> is one of the runtime's own tag strings.</summary>
    /// <remarks>Inlined, so that the encoding (two references) is copied into the caller's local:
    /// copied through an <c>out</c> parameter, each reference took the collector's write barrier.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGet(string? tag, out JsonEncodedText encoded)
    {
        var tags = s_tags;
        for (int i = 0; i < tags.Length; i++)
        {
            if (ReferenceEquals(tags[i], tag))
            {
                encoded = s_encoded[i];
                return true;
            }
        }

        encoded = default;
        return false;
    }
}
