using System.Buffers;
using DocSchema.Runtime.Collections;

namespace DocSchema.Runtime.Tests;

/// <summary><see cref="PooledList{T}"/>: a list in storage borrowed from the shared pool.</summary>
public class PooledListTests
{
    [Fact]
    public void Items_are_kept_in_order_across_growth()
    {
        var list = new PooledList<int>();
        Assert.Equal(0, list.Count);
        Assert.Same(Array.Empty<int>(), list.ToArray());

        for (int i = 0; i < 1000; i++) list.Add(i * 3);

        Assert.Equal(1000, list.Count);
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i * 3), list.ToArray());
        Assert.True(list.AsSpan().SequenceEqual(list.ToArray()));
        list.Return();
        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void Storage_given_back_holds_no_references()
    {
        var list = new PooledList<string>(16);
        list.Add("kept");
        list.Add("alive");
        var storage = list.Borrowed(out var count);
        Assert.Equal(2, count);

        list.Return();

        // The pool lends the same array again (the thread's own slot keeps what it was given back), cleared.
        var lent = ArrayPool<string>.Shared.Rent(storage.Length);
        Assert.Same(storage, lent);
        Assert.All(lent, Assert.Null);
        ArrayPool<string>.Shared.Return(lent);
    }

    [Fact]
    public void Storage_outgrown_goes_back_to_the_pool()
    {
        var list = new PooledList<long>(16);
        var first = list.Borrowed(out _);
        for (int i = 0; i < 17; i++) list.Add(i);

        Assert.NotSame(first, list.Borrowed(out _));
        var lent = ArrayPool<long>.Shared.Rent(16);
        Assert.Same(first, lent);
        ArrayPool<long>.Shared.Return(lent);
        Assert.Equal(Enumerable.Range(0, 17).Select(i => (long)i), list.ToArray());
        list.Return();
    }
}
