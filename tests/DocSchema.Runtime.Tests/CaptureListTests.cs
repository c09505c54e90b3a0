using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

public class CaptureListTests
{
    private const int Places = 0;
    private const int Day = 1;

    [Fact]
    public void First_IsTheFirstRecorded_AllIsInTextOrder()
    {
        // Captures close inner-first, so the order they are recorded in is not text order.
        var captures = new CaptureList();
        captures.Add(Places, 5, 7);
        captures.Add(Day, 7, 9);
        captures.Add(Places, 1, 4);

        Assert.Equal(3, captures.Count);
        Assert.Equal(new TextSpan(5, 2), captures.First(Places));
        Assert.Equal(new TextSpan(7, 2), captures.First(Day));
        Assert.Equal([new TextSpan(1, 3), new TextSpan(5, 2)], captures.All(Places));
        Assert.Equal([new TextSpan(7, 2)], captures.All(Day));
    }

    [Fact]
    public void MissingSlot_HasNoFirstAndAnEmptyAll()
    {
        var captures = new CaptureList();
        captures.Add(Places, 0, 3);

        Assert.Null(captures.First(Day));
        Assert.Empty(captures.All(Day));
    }

    [Fact]
    public void Truncate_RollsBackAFailedAlternative()
    {
        var captures = new CaptureList();
        captures.Add(Places, 1, 3);
        var mark = captures.Count;
        captures.Add(Places, 4, 6);
        captures.Add(Day, 6, 8);

        captures.Truncate(mark);

        Assert.Equal(1, captures.Count);
        Assert.Equal([new TextSpan(1, 2)], captures.All(Places));
        Assert.Null(captures.First(Day));

        // Rolling back to a later mark than the current count changes nothing.
        captures.Truncate(5);
        Assert.Equal(1, captures.Count);

        // What is recorded after a rollback replaces what was forgotten.
        captures.Add(Day, 9, 10);
        Assert.Equal(new TextSpan(9, 1), captures.First(Day));
        Assert.Equal(2, captures.Count);
    }

    [Fact]
    public void Clear_ForgetsEverything()
    {
        var captures = new CaptureList();
        captures.Add(Places, 0, 1);
        captures.Add(Day, 1, 2);

        captures.Clear();

        Assert.Equal(0, captures.Count);
        Assert.Null(captures.First(Places));
        Assert.Empty(captures.All(Day));
    }

    [Fact]
    public void ManyCaptures_GrowTheList()
    {
        var captures = new CaptureList();
        for (var i = 0; i < 100; i++) captures.Add(i % 2, i, i + 1);

        Assert.Equal(100, captures.Count);
        Assert.Equal(50, captures.All(Places).Count);
        Assert.Equal(new TextSpan(99, 1), captures.All(Day)[^1]);
        Assert.Equal(new TextSpan(1, 1), captures.First(Day));
    }

    [Fact]
    public void AllBuffered_IsAllInTextOrder()
    {
        var captures = new CaptureList();
        captures.Add(Places, 5, 7);
        captures.Add(Day, 7, 9);
        captures.Add(Places, 1, 4);

        Assert.Equal([new TextSpan(1, 3), new TextSpan(5, 2)], captures.AllBuffered(Places).ToArray());
        Assert.Equal([new TextSpan(7, 2)], captures.AllBuffered(Day).ToArray());
        Assert.True(captures.AllBuffered(Day + 1).IsEmpty);
    }

    [Fact]
    public void AllBuffered_OrdersAsAListSortWould_TiesAndManyCapturesIncluded()
    {
        // Spans that start together (a place captured inside a larger one) keep the order List<T>.Sort
        // gives them, which the places had before; past sixteen the sort is no longer an insertion sort.
        var random = new Random(20261124);
        for (var round = 0; round < 200; round++)
        {
            var captures = new CaptureList();
            var expected = new List<TextSpan>();
            var count = random.Next(0, 60);
            for (var i = 0; i < count; i++)
            {
                int slot = random.Next(3) == 0 ? Day : Places, start = random.Next(0, 12), end = start + random.Next(0, 5);
                captures.Add(slot, start, end);
                if (slot == Places) expected.Add(TextSpan.FromBounds(start, end));
            }

            expected.Sort((a, b) => a.Start.CompareTo(b.Start));
            Assert.Equal(expected, captures.AllBuffered(Places).ToArray());
            Assert.Equal(expected, captures.All(Places));
        }
    }

    [Fact]
    public void Captures_past_the_first_storage_and_after_it_is_given_back_are_all_kept()
    {
        // Seeded: a hundred captures in two slots (past the first sixteen), then the storage given
        // back (the context's Release), then as many again in storage of the list's own.
        var random = new Random(2026_11_24);
        var captures = new CaptureList();
        foreach (var released in new[] { false, true })
        {
            if (released) captures.ReturnStorage();
            Assert.Equal(0, captures.Count);
            var expected = new List<(int Slot, TextSpan Span)>();
            for (int i = 0; i < 100; i++)
            {
                // Starts all different: the order of spans that start together is the sort's.
                int slot = random.Next(2), start = random.Next(1000) * 100 + i, length = random.Next(10);
                captures.Add(slot, start, start + length);
                expected.Add((slot, new TextSpan(start, length)));
            }

            Assert.Equal(100, captures.Count);
            foreach (var slot in new[] { Places, Day })
            {
                var spans = expected.Where(e => e.Slot == slot).Select(e => e.Span).ToList();
                Assert.Equal(spans[0], captures.First(slot));
                Assert.Equal(spans.OrderBy(s => s.Start), captures.AllBuffered(slot).ToArray());
            }
        }
    }

    [Fact]
    public void The_next_list_on_the_thread_takes_the_storage_a_released_one_left_unless_it_grew_large()
    {
        // After a release, a new list allocates only itself (its arrays were 88 and 152 bytes).
        var context = new ParseContext(SourceText.From("a"));
        context.Captures.Add(Places, 0, 1);
        context.Release();
        Assert.True(AllocatedByNewList() < 88, "the new list made arrays of its own");

        // A list grown past the spare's limit leaves nothing: the next one makes its arrays.
        var grown = new CaptureList();
        for (int i = 0; i < 2000; i++) grown.Add(Places, i, i + 1);
        grown.ReturnStorage();
        Assert.True(AllocatedByNewList() >= 88 + 152, "a huge document's storage was kept");

        static long AllocatedByNewList()
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var list = new CaptureList();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(list);
            return allocated;
        }
    }

    [Fact]
    public void A_context_gives_its_captures_storage_back_when_released()
    {
        var context = new ParseContext(SourceText.From("a"));
        context.Captures.Add(Places, 0, 1);
        context.Captures.AllBuffered(Places);

        context.Release();

        Assert.Equal(0, context.Captures.Count);
        Assert.Null(context.Captures.First(Places));
        context.Captures.Add(Day, 0, 1);
        Assert.Equal(new TextSpan(0, 1), context.Captures.First(Day));
    }
}
