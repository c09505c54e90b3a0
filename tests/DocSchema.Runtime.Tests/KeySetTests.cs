using DocSchema.Runtime.Quotes;

namespace DocSchema.Runtime.Tests;

/// <summary><see cref="KeySet"/> answers as a hash set does, its first keys listed and the rest hashed.</summary>
public class KeySetTests
{
    [Fact]
    public void Adding_keys_says_what_a_hash_set_says_before_and_past_the_listed_keys()
    {
        var random = new Random(20261123);
        var set = new KeySet();
        for (int round = 0; round < 500; round++)
        {
            set.Clear();
            var reference = new HashSet<string>(StringComparer.Ordinal);

            // Up to 60 keys from a pool of up to 40: repeats among the listed keys and the hashed ones.
            int pool = random.Next(1, 40);
            for (int n = random.Next(0, 60); n > 0; n--)
            {
                // New strings, so that equal keys are not the same object.
                var key = new string($"key {random.Next(pool)}".AsSpan());
                Assert.Equal(reference.Add(key), set.Add(key));
            }
        }
    }
}
