using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Tests;

/// <summary><see cref="StringMap{TValue}"/> answers as an ordinal dictionary does, and keeps the order keys were added in.</summary>
public class StringMapTests
{
    [Fact]
    public void Every_operation_answers_as_an_ordinal_dictionary_does() => WithinAMinute(() =>
    {
        var random = new Random(20261123);
        var map = new StringMap<int>();
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int step = 0; step < 50_000; step++)
        {
            // Keys of every length from 0 to 12 (odd and even: the hash takes two characters at a
            // time) over a few characters, Chinese ones too; new strings, so equal keys are other objects.
            var key = RandomKey(random);
            switch (random.Next(100))
            {
                case < 35:
                    {
                        ref int value = ref map.GetValueRefOrAddDefault(key, out bool exists);
                        Assert.Equal(reference.ContainsKey(key), exists);
                        Assert.Equal(exists ? reference[key] : 0, value);
                        value = step;
                        if (!exists) order.Add(key);
                        reference[key] = step;
                        break;
                    }

                case < 55:
                    Assert.Equal(reference.TryGetValue(key, out int expected), map.TryGetValue(key, out int actual));
                    Assert.Equal(expected, actual);
                    break;
                case < 70:
                    {
                        ref int value = ref map.GetValueRefOrNullRef(key);
                        Assert.Equal(reference.ContainsKey(key), !System.Runtime.CompilerServices.Unsafe.IsNullRef(ref value));
                        if (reference.TryGetValue(key, out int stored)) Assert.Equal(stored, value);
                        break;
                    }

                case < 99:
                    if (!reference.ContainsKey(key)) order.Add(key);
                    map[key] = step;
                    reference[key] = step;
                    break;
                default:
                    map.Clear();
                    reference.Clear();
                    order.Clear();
                    break;
            }

            Assert.Equal(reference.Count, map.Count);
            if (step % 997 == 0) AssertInOrder(map, order, reference);
        }

        AssertInOrder(map, order, reference);
    });

    [Fact]
    public void Keys_made_to_fill_one_bucket_turn_the_map_to_the_randomized_hash_and_stay_found()
    {
        // Keys whose fixed hashes share their low ten bits: one bucket of a map of up to 1,024 entries.
        var colliding = new List<string>();
        for (int i = 0; colliding.Count < 600; i++)
        {
            var key = "name " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if ((StringMap<int>.FixedHash(key) & 1023) == 0) colliding.Add(key);
        }

        var map = new StringMap<int>();
        for (int i = 0; i < colliding.Count; i++)
        {
            map[colliding[i]] = i;
            Assert.Equal(i > StringMap<int>.MaxChain, map.IsRandomized);
        }

        Assert.Equal(colliding.Count, map.Count);
        for (int i = 0; i < colliding.Count; i++)
        {
            Assert.True(map.TryGetValue(new string(colliding[i].AsSpan()), out int value));
            Assert.Equal(i, value);
        }

        Assert.False(map.TryGetValue("name", out _));
        AssertInOrder(map, colliding, colliding.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i));
    }

    [Fact]
    public void A_cleared_map_holds_nothing_and_takes_keys_again() => WithinAMinute(() =>
    {
        var map = new StringMap<string>();
        for (int i = 0; i < 100; i++) map["key " + i] = "value " + i;
        map.Clear();
        Assert.Equal(0, map.Count);
        Assert.False(map.TryGetValue("key 1", out _));
        Assert.Empty(Entries(map));
        map["key 1"] = "again";
        Assert.Equal([new KeyValuePair<string, string>("key 1", "again")], Entries(map));
    });

    [Fact]
    public void The_fixed_hash_takes_every_character_of_keys_of_odd_and_even_length()
    {
        // Keys that differ in one character only, at every place of keys of one to nine characters
        // (a key's last character of an odd length is hashed on its own).
        for (int length = 1; length <= 9; length++)
        {
            for (int place = 0; place < length; place++)
            {
                var hashes = new HashSet<uint>();
                for (char c = 'a'; c <= 'z'; c++)
                {
                    var key = new string('x', place) + c + new string('x', length - place - 1);
                    hashes.Add(StringMap<int>.FixedHash(key));
                }

                Assert.Equal(26, hashes.Count);
            }
        }
    }

    // A broken map can walk a bucket forever; the test then fails rather than hangs the run.
    private static void WithinAMinute(Action test)
    {
        var run = Task.Run(test);
        Assert.True(run.Wait(TimeSpan.FromMinutes(1)), "still running after a minute");
    }

    private static string RandomKey(Random random)
    {
        const string Alphabet = "abAB特朗普 ";
        Span<char> chars = stackalloc char[random.Next(13)];
        for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(random.Next(2) == 0 ? 2 : Alphabet.Length)];
        return new string(chars);
    }

    private static void AssertInOrder<TValue>(StringMap<TValue> map, List<string> order, Dictionary<string, TValue> values) =>
        Assert.Equal(order.Select(key => new KeyValuePair<string, TValue>(key, values[key])), Entries(map));

    private static List<KeyValuePair<string, TValue>> Entries<TValue>(StringMap<TValue> map)
    {
        var entries = new List<KeyValuePair<string, TValue>>();
        foreach (var entry in map) entries.Add(entry);
        return entries;
    }
}
