using System.Runtime.CompilerServices;
using DocSchema.Runtime.Blocks;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Patterns;

/// <summary>
/// The state one parse shares between its generated match routines: the text, its blocks, the
/// current match region, the captures, the step budget that keeps matching linear, and the
/// diagnostics.
/// </summary>
public sealed class ParseContext
{
    /// <summary>Steps of pattern matching allowed per character of input, plus <see cref="BaseBudget"/>.</summary>
    public const int StepsPerCharacter = 256;

    /// <summary>Steps allowed whatever the input length, so tiny inputs never run short.</summary>
    public const int BaseBudget = 1 << 16;

    private readonly List<ParseDiagnostic> _diagnostics = [];
    private ParseBlocks _blocks;
    private long _steps;
    private bool _reportedExhaustion;

    /// <summary>
    /// Starts a parse of <paramref name="source"/>. Its <see cref="SourceText.InputDiagnostics"/>
    /// (e.g. DS2005, undecodable bytes) become the first <see cref="Diagnostics"/>.
    /// </summary>
    public ParseContext(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        Text = source.Text;
        StepBudget = (long)source.Length * StepsPerCharacter + BaseBudget;
        _steps = StepBudget;
        Limit = Text.Length;
        foreach (var diagnostic in source.InputDiagnostics)
            Report(diagnostic.Id, diagnostic.Severity, diagnostic.Message, diagnostic.Span);
    }

    /// <summary>The document.</summary>
    public SourceText Source { get; }

    /// <summary>The document's text (what match routines index).</summary>
    public string Text { get; }

    /// <summary>Start of the region the current match reads (where <c>^</c> matches).</summary>
    public int Start { get; private set; }

    /// <summary>End of the region the current match may read (exclusive; where <c>$</c> matches).</summary>
    public int Limit { get; private set; }

    /// <summary>Captures of the current match.</summary>
    public CaptureList Captures { get; } = new();

    /// <summary>True once the step budget ran out: from then on every match fails.</summary>
    public bool BudgetExhausted => _steps <= 0;

    /// <summary>The steps this parse may spend: <see cref="StepsPerCharacter"/> per character plus <see cref="BaseBudget"/>.</summary>
    public long StepBudget { get; }

    /// <summary>
    /// The steps spent so far (at most <see cref="StepBudget"/>): a deterministic measure of the
    /// matching work, for profiling and for checking that a schema's patterns stay linear.
    /// </summary>
    public long StepsUsed => StepBudget - Math.Max(_steps, 0);

    /// <summary>Diagnostics reported so far.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics => _diagnostics;

    /// <summary>
    /// A cursor at the first of the whole text's blocks in <paramref name="mode"/>, as
    /// <see cref="BlockSplitter.Split"/> gives them, for this parse to walk. A generated parser
    /// calls it once, at its start, and <see cref="Release"/> once it has walked them.
    /// </summary>
    /// <remarks>
    /// The blocks are read in place from those <see cref="BlockSplitter.SplitOnce"/> kept with the
    /// text, when a schema's <c>Score</c> split it (<c>--schema auto</c>); else they are split into
    /// arrays borrowed from the shared pool, so that a parse allocates nothing for its blocks.
    /// </remarks>
    /// <exception cref="InvalidOperationException">This context has already split its text.</exception>
    public BlockCursor SplitBlocks(BlockMode mode) => _blocks.Split(Source, mode);

    /// <summary>
    /// The lines of <paramref name="region"/>, as <see cref="BlockSplitter.LinesOf(SourceText, TextSpan)"/> gives them,
    /// read-only: when the region runs from a line that follows a blank line to the end of the text,
    /// a view of the lines <see cref="SplitBlocks"/> read or borrowed, with nothing copied; else a
    /// split of the region. For a schema's <c>ReadRelated</c>, which reads the boilerplate's teasers
    /// line by line; the view is valid until <see cref="Release"/>.
    /// </summary>
    public ReadOnlySpan<Block> LinesOf(TextSpan region) => _blocks.LinesOf(Source, region);

    /// <summary>
    /// Gives back what this parse borrowed: the arrays <see cref="SplitBlocks"/> split into (to the
    /// shared pool), and the storage of <see cref="Captures"/> (left for the next parse on this
    /// thread). A generated parser calls it once it has walked its blocks, before it builds its
    /// article (which matches no pattern); its <c>Score</c> at its end. The cursor is then at its
    /// end with no blocks, <see cref="LinesOf"/> splits its region afresh and the captures are
    /// forgotten (later ones are kept in storage of their own): nothing reads an array the pool may
    /// lend again. A second call does nothing more. A parse that fails before this call leaves its
    /// arrays to the collector.
    /// </summary>
    public void Release()
    {
        _blocks.Release();
        Captures.ReturnStorage();
    }

    /// <summary>Prepares a match inside <paramref name="region"/>: sets <see cref="Limit"/>, clears captures.</summary>
    /// <remarks>Inlined into the generated entry points, which call it for every block they try.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void BeginMatch(TextSpan region)
    {
        Start = region.Start;
        Limit = region.End;
        Captures.Clear();
    }

    /// <summary>
    /// Spends one step of the budget. Returns false, and reports DS2002 once, when the budget is
    /// used up: the total work of all matching is bounded by a constant times the input length.
    /// </summary>
    /// <remarks>Inlined into the generated routines, which spend a step at every repeat: as a call
    /// it cost about as much as the repeat's own test.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Step()
    {
        if (--_steps > 0) return true;
        ReportExhaustion();
        return false;
    }

    /// <summary>
    /// Spends <paramref name="count"/> steps at once, leaving the budget, the answer and DS2002
    /// exactly as <paramref name="count"/> calls of <see cref="Step()"/> would that stop at the first
    /// false: for a routine that knows in advance how many steps its loop would take.
    /// </summary>
    public bool Step(int count)
    {
        if (_steps - count > 0)
        {
            _steps -= count;
            return true;
        }

        // The call that fails: the one that takes the budget to 0, or the first when it is spent.
        if (count > 0) _steps = _steps > 0 ? 0 : _steps - 1;
        ReportExhaustion();
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportExhaustion()
    {
        if (!_reportedExhaustion)
        {
            _reportedExhaustion = true;
            Report("DS2002", DiagnosticSeverity.Warning,
                "pattern matching stopped: this document used up its step budget (" + StepsPerCharacter +
                " steps per character); the rest of it was read without the schema's patterns",
                new TextSpan(Math.Min(Limit, Text.Length), 0));
        }
    }

    /// <summary>Reports DS2001: a required role found no block that matches it.</summary>
    public void ReportMissingRole(string role, TextSpan at) =>
        Report("DS2001", DiagnosticSeverity.Warning,
            $"expected the schema's `{role}` here, but the text does not match its pattern; the role was left empty", at);

    /// <summary>Reports DS2003: blocks were left over after the schema's last role.</summary>
    public void ReportUnreadBlocks(int count, TextSpan at) =>
        Report("DS2003", DiagnosticSeverity.Warning,
            $"{count} block(s) after the schema's last role were not read; add a `body` or `boilerplate` role to take them", at);

    /// <summary>Records a diagnostic at <paramref name="span"/>.</summary>
    public void Report(string id, DiagnosticSeverity severity, string message, TextSpan span) =>
        _diagnostics.Add(new ParseDiagnostic(id, severity, message, span, Source.GetLinePosition(span.Start)));
}
