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
}
