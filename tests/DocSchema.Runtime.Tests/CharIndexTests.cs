using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// The character index behind word lists and speech verbs: for every UTF-16 unit it answers what a
/// dictionary of the groups answers, whatever keys share a filter bit or a table slot.
/// </summary>
public sealed class CharIndexTests
{
    [Fact]
    public void Every_character_gets_its_groups_entries_in_order_or_none()
    {
        var random = new Random(4096);
        for (var round = 0; round < 40; round++)
        {
            // Keys that collide on purpose: the same low bits (table slots), the same bit modulo
            // 4,096 (filter), neighbours (linear probing runs), and the ends of the range.
            var keys = new List<char>();
            var anchor = (char)random.Next(0, 0x10000);
            for (var n = random.Next(1, 60); n > 0; n--)
            {
                var key = random.Next(5) switch
                {
                    0 => (char)((anchor + (random.Next(0, 16) * 4096)) & 0xFFFF),
                    1 => (char)((anchor + (random.Next(0, 64) * 64)) & 0xFFFF),
                    2 => (char)((anchor + random.Next(0, 8)) & 0xFFFF),
                    3 => random.Next(2) == 0 ? '\0' : '\uFFFF',
                    _ => (char)random.Next(0, 0x10000),
                };
                keys.Add(key);
            }

            var entries = keys.Select((key, i) => (Key: key, Order: i)).Concat(keys.Select((key, i) => (Key: key, Order: 1000 + i))).ToArray();
            var index = new CharIndex<(char Key, int Order)>(entries, e => e.Key);
            var expected = entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.ToArray());

            Assert.Equal(entries.Select(e => e.Key).Distinct(), index.Keys);
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var found = index.TryGet((char)c, out var got);
                Assert.True(found == expected.ContainsKey((char)c), $"round {round}: U+{c:X4} found {found}");
                if (found) Assert.Equal(expected[(char)c], got);
                else Assert.Null(got);
            }
        }
    }

    [Fact]
    public void Next_key_is_the_first_keyed_character_at_or_after_the_start_and_before_the_end()
    {
        var index = new CharIndex<string>(["说", "称", "表示"], w => w[0]);
        const string text = "他说，她表示，称";

        Assert.Equal(1, index.NextKey(text, 0, text.Length));
        Assert.Equal(4, index.NextKey(text, 2, text.Length));
        Assert.Equal(-1, index.NextKey(text, 2, 4));
        Assert.Equal(-1, index.NextKey(text, 5, 5));
    }

    [Fact]
    public void Next_key_is_the_first_keyed_character_in_random_texts_at_every_start_and_end()
    {
        // Keys anywhere in the plane (the Han block, ASCII, the ends of the plane and of 32-unit
        // words), texts of their characters and their neighbours, long enough for several vectors.
        var random = new Random(5150);
        for (int round = 0; round < 300; round++)
        {
            var keys = new HashSet<char>();
            for (int k = random.Next(1, 40); k > 0; k--)
                keys.Add(random.Next(4) switch { 0 => (char)random.Next(0x4E00, 0xA000), 1 => (char)random.Next(0x20, 0x80), 2 => random.Next(2) == 0 ? '\u0000' : '\uFFFF', _ => (char)random.Next(0, 0x10000) });
            var index = new CharIndex<char>(keys, c => c);
            var near = keys.SelectMany(c => new[] { c, (char)(c ^ 1), (char)(c ^ 31), (char)(c ^ 32), (char)(c + 1) }).ToArray();
            var text = new string(Enumerable.Range(0, random.Next(0, 70)).Select(_ => random.Next(8) == 0 ? near[random.Next(near.Length)] : (char)random.Next(0x4E00, 0x4E40)).ToArray());
            for (int start = 0; start <= text.Length; start++)
            {
                int end = random.Next(start, text.Length + 1);
                int expected = -1;
                for (int i = start; i < end && expected < 0; i++) if (keys.Contains(text[i])) expected = i;
                Assert.True(expected == index.NextKey(text, start, end), $"round {round}, {start}..{end} in \"{text}\" with keys [{string.Join(", ", keys.Select(c => $"U+{(int)c:X4}"))}]");
            }
        }
    }
}
