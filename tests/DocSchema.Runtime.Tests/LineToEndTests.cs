using System.Text;
using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// <see cref="CharClass.LineToEnd"/> stands in generated parsers for <c>any{min,max} $</c>: it must
/// give what the routines it replaced gave (the length guard, the greedy repeat of <c>any</c> with a
/// step per try, then the end) — the answer, the position, the steps spent and DS2002 — on texts
/// with line breaks, surrogate pairs and lone surrogates, and with budgets about to run out.
/// </summary>
public class LineToEndTests
{
    private const string Pieces = "ab Z9\n\r\u2028\u2029\u0085特朗\uD83D\uDE00\uD800\uDC00.";

    [Fact]
    public void Gives_the_repeats_answer_position_steps_and_diagnostics()
    {
        var random = new Random(20261122);
        int matched = 0, ranOut = 0;
        for (int n = 0; n < 20000; n++)
        {
            string text = RandomText(random);
            int start = random.Next(text.Length + 1);
            int end = random.Next(start, text.Length + 1);
            int min = random.Next(0, 6);
            int max = random.Next(Math.Max(min, 1), 9);
            // Most budgets are far from running out; some are a few steps from it, or spent.
            long left = random.Next(4) == 0 ? random.Next(0, 12) : -1;

            var loop = Context(text, start, end, left);
            var call = Context(text, start, end, left);
            bool spentBefore = call.BudgetExhausted;
            int loopPos = start, callPos = start;
            bool expected = CharClass.CouldBeLength(text, start, end, min, max) && Repeat(loop, ref loopPos, min, max) && loopPos == loop.Limit;
            if (!expected) loopPos = start;
            bool actual = CharClass.LineToEnd(call, ref callPos, min, max);

            string what = $"text {Escape(text)}, region {start}..{end}, any{{{min},{max}}} $, {left} steps left";
            Assert.True(expected == actual, what);
            Assert.True(loopPos == callPos, what);
            Assert.True(loop.StepsUsed == call.StepsUsed, what);
            Assert.True(loop.BudgetExhausted == call.BudgetExhausted, what);
            Assert.True(loop.Diagnostics.Count == call.Diagnostics.Count, what);
            if (actual) matched++;
            if (call.BudgetExhausted && !spentBefore) ranOut++;
        }

        // The seeded texts reach both answers, and the budget's end inside the call, often enough to mean something.
        Assert.True(matched is > 1000 and < 19000, $"{matched} matched");
        Assert.True(ranOut > 200, $"the budget ran out in {ranOut} calls");
    }

    // The generated routine of the greedy repeat `any{min,max}` that LineToEnd replaced.
    private static bool Repeat(ParseContext c, ref int pos, int min, int max)
    {
        int start = pos, count = 0;
        while (count < max)
        {
            if (!c.Step()) break;
            var n = CharClass.Any(c.Text, pos, c.Limit);
            if (n == 0) break;
            pos += n;
            count++;
        }
        if (count >= min && !c.BudgetExhausted) return true;
        pos = start;
        return false;
    }

    // A context matching text[start..end], with `left` steps of budget left (-1: the whole budget).
    private static ParseContext Context(string text, int start, int end, long left)
    {
        var context = new ParseContext(SourceText.From(text));
        if (left >= 0) context.Step((int)(context.StepBudget - left));
        context.BeginMatch(TextSpan.FromBounds(start, end));
        return context;
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        int parts = random.Next(0, 12);
        for (int i = 0; i < parts; i++)
        {
            // Mostly letters, so that lines of the right length are common.
            text.Append(random.Next(3) == 0 ? Pieces[random.Next(Pieces.Length)] : (char)('a' + random.Next(26)));
        }
        return text.ToString();
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(ch => ch is >= ' ' and < '\u007F' ? ch.ToString() : $"\\u{(int)ch:X4}"));
}
