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
        // The blocks as an array, copied from (not read through the list's interface, a dispatched call a block).
        var all = blocks as Block[] ?? [.. blocks];
        var starts = SectionStarts(Answers(source, all));
        for (var s = 0; s < starts.Count; s++)
        {
            int end = s + 1 < starts.Count ? starts[s + 1] : all.Length;
            sections.Add(all[starts[s]..end]);
        }
        return sections;
    }

    /// <summary>True when the sections of <paramref name="blocks"/> are, in order, in exactly the given scripts, each at least <see cref="MinimumRun"/> blocks long.</summary>
    public static bool HasSections(SourceText source, IReadOnlyList<Block> blocks, params Script[] scripts) =>
        HasSections(source, (blocks as Block[] ?? [.. blocks]).AsSpan(), scripts);

    /// <summary>True when the sections of <paramref name="blocks"/> are, in order, in exactly the given scripts, each at least <see cref="MinimumRun"/> blocks long.</summary>
    public static bool HasSections(SourceText source, ReadOnlySpan<Block> blocks, params Script[] scripts)
    {
        if (blocks.Length == 0) return scripts.Length == 0;

        // Each block's script is found once and serves both the split and each section's vote.
        var answers = Answers(source, blocks);
        var starts = SectionStarts(answers);
        if (starts.Count != scripts.Length) return false;
        for (var s = 0; s < starts.Count; s++)
        {
            int end = s + 1 < starts.Count ? starts[s + 1] : blocks.Length;
            if (end - starts[s] < MinimumRun) return false;
            if (Dominant(answers.AsSpan(starts[s], end - starts[s])) != scripts[s]) return false;
        }
        return true;
    }

    // The index of the first block of each section: the first is 0.
    private static List<int> SectionStarts(ScriptAndLanguage[] blocks)
    {
        var starts = new List<int> { 0 };
        var currentScript = Script.None;
        for (var i = 0; i < blocks.Length; i++)
        {
            var script = blocks[i].Script;
            if (currentScript == Script.None && script is Script.Han or Script.Latin) currentScript = script;
            else if (script is Script.Han or Script.Latin && script != currentScript && i > starts[^1] && RunLength(blocks, i, script) >= MinimumRun)
            {
                starts.Add(i);
                currentScript = script;
            }
        }
        return starts;
    }

    // Each block's script and language. Under --schema auto a bilingual schema's Score (HasSections) and its
    // Parse (ByScript) ask this of the same blocks of the same text, so the last answer stays with
    // the SourceText, beside a copy of the blocks it answers for; the callers only read it. The
    // same tally gives each block's language unless it is Latin, and whether the quote attributor
    // reads it as Chinese, which the article's paragraphs that are whole blocks take instead of
    // tallying their letters again.
    private static ScriptAndLanguage[] Answers(SourceText source, ReadOnlySpan<Block> blocks)
    {
        if (source.BlockScripts is { } kept && kept.Blocks.AsSpan().SequenceEqual(blocks)) return kept.Answers;

        var answers = new ScriptAndLanguage[blocks.Length];
        for (var i = 0; i < blocks.Length; i++) answers[i] = LanguageDetector.ScriptAndLanguageOf(source.AsSpan(blocks[i].Span));
        source.BlockScripts = new BlockScripts(blocks.ToArray(), answers);
        return answers;
    }

    private static int RunLength(ScriptAndLanguage[] blocks, int start, Script script)
    {
        var length = 0;
        for (var i = start; i < blocks.Length && length < MinimumRun; i++)
        {
            if (blocks[i].Script == script) length++;
            else if (blocks[i].Script is Script.Han or Script.Latin) break;
        }
        return length;
    }

    private static Script Dominant(ReadOnlySpan<ScriptAndLanguage> blocks)
    {
        int han = 0, latin = 0;
        foreach (var block in blocks)
        {
            switch (block.Script)
            {
                case Script.Han: han++; break;
                case Script.Latin: latin++; break;
            }
        }
        return han == 0 && latin == 0 ? Script.None : han >= latin ? Script.Han : Script.Latin;
    }
}
