using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

public class ParseContextTests
{
    [Fact]
    public void Step_ExhaustingTheBudget_ReportsDS2002Once()
    {
        var source = SourceText.From("abc\ndef");
        var context = new ParseContext(source);
        const long budget = 7L * ParseContext.StepsPerCharacter + ParseContext.BaseBudget;

        long succeeded = 0;
        while (context.Step()) succeeded++;

        // The step that spends the last unit of the budget is the one that fails.
        Assert.Equal(budget - 1, succeeded);
        Assert.True(context.BudgetExhausted);

        // Once exhausted, every step fails and nothing more is reported.
        for (var i = 0; i < 1000; i++) Assert.False(context.Step());

        var diagnostic = Assert.Single(context.Diagnostics);
        Assert.Equal("DS2002", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(new TextSpan(7, 0), diagnostic.Span);
        Assert.Equal(new LinePosition(1, 3), diagnostic.Location);
        Assert.StartsWith("2:4: warning DS2002: ", diagnostic.ToString());
    }

    [Fact]
    public void Step_WithinTheBudget_ReportsNothing()
    {
        var context = new ParseContext(SourceText.From("x"));

        for (var i = 0; i < ParseContext.StepsPerCharacter + ParseContext.BaseBudget - 1; i++)
            Assert.True(context.Step());

        Assert.False(context.BudgetExhausted);
        Assert.Empty(context.Diagnostics);
    }

    [Fact]
    public void BeginMatch_SetsTheLimitAndClearsCaptures()
    {
        var source = SourceText.From("(华盛顿、基辅20日讯)美国总统");
        var context = new ParseContext(source);
        Assert.Equal(source.Length, context.Limit);
        context.Captures.Add(0, 1, 4);

        context.BeginMatch(new TextSpan(0, 12));

        Assert.Equal(12, context.Limit);
        Assert.Equal(0, context.Captures.Count);
        Assert.Same(source.Text, context.Text);
    }

    [Fact]
    public void Report_LocatesTheDiagnostic()
    {
        var context = new ParseContext(SourceText.From("headline\n\nbody"));

        context.Report("DS2001", DiagnosticSeverity.Warning, "no byline", new TextSpan(10, 4));

        var diagnostic = Assert.Single(context.Diagnostics);
        Assert.Equal(new LinePosition(2, 0), diagnostic.Location);
        Assert.Equal("3:1: warning DS2001: no byline", diagnostic.ToString());
    }

    [Fact]
    public void StepsUsed_CountsEveryStep_AndStopsAtTheBudget()
    {
        var context = new ParseContext(SourceText.From("abc"));
        Assert.Equal(3L * ParseContext.StepsPerCharacter + ParseContext.BaseBudget, context.StepBudget);
        Assert.Equal(0, context.StepsUsed);

        for (var i = 0; i < 1000; i++) context.Step();
        Assert.Equal(1000, context.StepsUsed);

        while (context.Step())
        {
        }
        for (var i = 0; i < 1000; i++) context.Step();
        Assert.Equal(context.StepBudget, context.StepsUsed);
    }

    [Fact]
    public void StepCount_LeavesWhatAsManyStepsStoppingAtTheFirstFailureLeave()
    {
        var random = new Random(20261122);
        for (var n = 0; n < 2000; n++)
        {
            var one = new ParseContext(SourceText.From("ab"));
            var many = new ParseContext(SourceText.From("ab"));
            long burn = one.StepBudget - random.Next(0, 40);
            one.Step((int)burn);
            many.Step((int)burn);
            var count = random.Next(0, 40);

            var stepByStep = true;
            for (var i = 0; i < count && stepByStep; i++) stepByStep = one.Step();
            var atOnce = many.Step(count);

            Assert.Equal(stepByStep && !one.BudgetExhausted, atOnce);
            Assert.Equal(one.StepsUsed, many.StepsUsed);
            Assert.Equal(one.BudgetExhausted, many.BudgetExhausted);
            Assert.Equal(one.Diagnostics.Select(d => d.Id), many.Diagnostics.Select(d => d.Id));
        }
    }

    [Fact]
    public void InputDiagnostics_AreTheFirstDiagnostics_LocatedLikeTheParsersOwn()
    {
        var source = SourceText.From("ab\r\ncd\uFFFDef", "x.txt",
            [new InputDiagnostic("DS2005", DiagnosticSeverity.Warning, "invalid UTF-8 at byte offset 7", new TextSpan(6, 1))]);
        var context = new ParseContext(source);

        context.ReportMissingRole("headline", new TextSpan(0, 0));

        Assert.Equal(["DS2005", "DS2001"], context.Diagnostics.Select(d => d.Id));
        var input = context.Diagnostics[0];
        Assert.Equal(new LinePosition(1, 2), input.Location);
        Assert.Equal(new TextSpan(6, 1), input.Span);
        Assert.Equal("2:3: warning DS2005: invalid UTF-8 at byte offset 7", input.ToString());
    }
}
