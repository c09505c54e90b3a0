namespace DocSchema.Generator.Emit;

/// <summary>The folding the runtime applies to input (CharClass.Fold), for what the emitter decides at build time.</summary>
internal static class CharFolding
{
    /// <summary>Full-width ASCII variants (U+FF01–U+FF5E) to ASCII, U+3000 to a space; every other character to itself.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };
}
