using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Blocks;

/// <summary>
/// Splits a document's blocks into language sections (a Chinese translation followed by its
/// English original, say): a new section starts where the dominant script of the blocks changes
/// and stays changed for at least <see cref="MinimumRun"/> blocks, so a single English line
/// quoted inside Chinese text does not start a section.
/// </summary>
public static class SectionSplitter
{
    /// <summary>How many consecutive blocks in a new script it takes to start a section.</summary>
    public const int MinimumRun = 2;

    /// <summary>The sections of <paramref name="blocks"/>, in order; one section when the script never changes.</summary>
    public static IReadOnlyList<IReadOnlyList<Block>> ByScript(SourceText source, IReadOnlyList<Block> blocks)
    {
        var sections = new List<IReadOnlyList<Block>>();
        if (blocks.Count == 0) return sections;
        var scripts = Scripts(source, blocks);
        var current = new List<Block>();
        var currentScript = Script.None;
        for (var i = 0; i < blocks.Count; i++)
        {
            var script = scripts[i];
            if (currentScript == Script.None && script is Script.Han or Script.Latin) currentScript = script;
            else if (script is Script.Han or Script.Latin && script != currentScript && current.Count > 0 && RunLength(scripts, i, script) >= MinimumRun)
            {
                sections.Add(current);
                current = [];
                currentScript = script;
            }
            current.Add(blocks[i]);
        }
        sections.Add(current);
        return sections;
    }

    /// <summary>True when the sections of <paramref name="blocks"/> are, in order, in exactly the given scripts, each at least <see cref="MinimumRun"/> blocks long.</summary>
    public static bool HasSections(SourceText source, IReadOnlyList<Block> blocks, params Script[] scripts)
    {
        var sections = ByScript(source, blocks);
        if (sections.Count != scripts.Length) return false;
        for (var i = 0; i < sections.Count; i++)
        {
            if (sections[i].Count < MinimumRun) return false;
            if (Dominant(source, sections[i]) != scripts[i]) return false;
        }
        return true;
    }

    private static Script[] Scripts(SourceText source, IReadOnlyList<Block> blocks)
    {
        var scripts = new Script[blocks.Count];
        for (var i = 0; i < blocks.Count; i++) scripts[i] = LanguageDetector.DominantScript(source.AsSpan(blocks[i].Span));
        return scripts;
    }

    private static int RunLength(Script[] scripts, int start, Script script)
    {
        var length = 0;
        for (var i = start; i < scripts.Length && length < MinimumRun; i++)
        {
            if (scripts[i] == script) length++;
            else if (scripts[i] is Script.Han or Script.Latin) break;
        }
        return length;
    }

    private static Script Dominant(SourceText source, IReadOnlyList<Block> blocks)
    {
        int han = 0, latin = 0;
        foreach (var block in blocks)
        {
            switch (LanguageDetector.DominantScript(source.AsSpan(block.Span)))
            {
                case Script.Han: han++; break;
                case Script.Latin: latin++; break;
            }
        }
        return han == 0 && latin == 0 ? Script.None : han >= latin ? Script.Han : Script.Latin;
    }
}
