using DocSchema.Runtime.Json;

namespace DocSchema.Runtime.Tests;

/// <summary>The mixed text's shuffle table, written out as constants, against the rule it follows.</summary>
public class MixedShuffleTableTests
{
    [Fact]
    public void Every_entry_packs_its_half_s_bytes_in_order()
    {
        var expected = new byte[2 * 16 * MixedShuffleTable.EntryLength];
        Array.Fill(expected, (byte)0xFF);
        for (int half = 0; half < 2; half++)
        {
            for (int mask = 0; mask < 16; mask++)
            {
                // Character k's lead (lane k of the leads and middles), then, unless it is ASCII,
                // its middle (lane 8 + k) and its last byte (lane k of the last bytes).
                int entry = ((half << 4) | mask) * MixedShuffleTable.EntryLength;
                int position = 0;
                for (int k = 0; k < 4; k++)
                {
                    int lane = (4 * half) + k;
                    expected[entry + position++] = (byte)lane;
                    if (((mask >> k) & 1) != 0) continue;
                    expected[entry + position++] = (byte)(8 + lane);
                    expected[entry + 16 + position++] = (byte)lane;
                }
            }
        }

        Assert.Equal(expected, MixedShuffleTable.Entries.ToArray());
    }
}
