using System.Collections.ObjectModel;
using DocSchema.Runtime.Collections;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// <see cref="ListItems{T}"/> walks a list without an enumerator object: a <see cref="List{T}"/> or
/// an array as a span, any other list by its index. Each must give every item, in order, once.
/// </summary>
public class ListItemsTests
{
    public static TheoryData<string> Kinds => ["list", "array", "covariant array", "read-only collection", "empty list", "empty array", "empty collection"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_of_list_gives_its_items_in_order(string kind)
    {
        var items = kind.StartsWith("empty", StringComparison.Ordinal) ? [] : Enumerable.Range(0, 37).Select(i => $"item {i}").ToList();
        IReadOnlyList<object> list = kind switch
        {
            "list" or "empty list" => items.Cast<object>().ToList(),
            "array" or "empty array" => items.Cast<object>().ToArray(),
            "covariant array" => items.ToArray(), // a string[] seen as a list of objects
            _ => new ReadOnlyCollection<object>(items.Cast<object>().ToList()),
        };

        var walked = new List<object>();
        foreach (var item in list.Items()) walked.Add(item);
        Assert.Equal(items, walked.Cast<string>());
    }

    [Fact]
    public void A_list_that_is_neither_a_list_nor_an_array_is_walked_by_its_index()
    {
        var list = new CountingList(5);
        var walked = new List<int>();
        foreach (var item in list.Items()) walked.Add(item);
        Assert.Equal([0, 10, 20, 30, 40], walked);
        Assert.Equal(5, list.ItemsRead);
    }

    // A list that counts how often its items are read, and holds ten times each index.
    private sealed class CountingList(int count) : IReadOnlyList<int>
    {
        public int ItemsRead { get; private set; }

        public int Count => count;

        public int this[int index]
        {
            get
            {
                ItemsRead++;
                return index * 10;
            }
        }

        public IEnumerator<int> GetEnumerator() => throw new NotSupportedException("walked by index");

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
