using System.Collections.Immutable;
using DocSchema.Runtime.Text;
using Sprache;

namespace DocSchema.Interpreter;

/// <summary>The captures of one match, as document offsets, with the same queries the generated code makes.</summary>
internal sealed class Match(ImmutableList<CaptureRecord> captures, int end)
{
    public int End { get; } = end;

    /// <summary>The first span recorded for <paramref name="name"/> (the order the generated code records them in), or null.</summary>
    public TextSpan? First(string name)
    {
        foreach (var capture in captures)
            if (capture.Name == name) return TextSpan.FromBounds(capture.Start, capture.End);
        return null;
    }

    /// <summary>Every span recorded for <paramref name="name"/>, in text order.</summary>
    public List<TextSpan> All(string name) =>
        captures.Where(c => c.Name == name).Select(c => TextSpan.FromBounds(c.Start, c.End)).OrderBy(s => s.Start).ToList();
}

/// <summary>A pattern ready to match a block: the whole block, or its start.</summary>
internal sealed class BlockPattern(Parser<ImmutableList<CaptureRecord>> parser)
{
    /// <summary>Matches the block's text (only the block is visible to the pattern, as in the generated code); null when it does not match.</summary>
    public Match? Run(SourceText source, TextSpan block)
    {
        var result = parser(new Input(source.Text.Substring(block.Start, block.Length)));
        if (!result.WasSuccessful) return null;
        var shifted = result.Value.Select(c => c with { Start = c.Start + block.Start, End = c.End + block.Start }).ToImmutableList();
        return new Match(shifted, block.Start + result.Remainder.Position);
    }
}
