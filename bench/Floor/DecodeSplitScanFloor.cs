using System.Buffers;
using System.Text;
using DocSchema.Cli.Inputs;
using DocSchema.Runtime.Quotes;

namespace DocSchema.Bench.Floor;

/// <summary>
/// The floor: what any extraction from the same bytes must at least do — decode the UTF-8 into a
/// string, find the line breaks, and find the quote marks — and nothing else. The throughput
/// tables use it as their baseline: a parser at ratio 2 takes twice the floor's time.
/// </summary>
/// <remarks>
/// It decodes as the CLI decodes a file (<see cref="TextDecoder"/>: one pass into a pooled buffer),
/// and so does every side of the throughput benchmarks: a floor decoding with
/// <see cref="Encoding.GetString(byte[])"/>, which counts the characters in a pass of its own
/// first, did more work than the batch it is compared with and flattered the ratios (ninth round,
/// docs/performance-history.md). It finds quote marks with the runtime's own search
/// (<see cref="QuoteMarkSearch"/>, the scanner's since the eighteenth round), which is faster than
/// <see cref="SearchValues{T}"/> over the same nineteen characters.
/// </remarks>
public static class DecodeSplitScanFloor
{
    // The line breaks of the schema language (LF, CR, NEL, LS, PS), as the runtime's LineBreaks has them.
    private static readonly SearchValues<char> s_lineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>Decodes <paramref name="utf8"/>, splits it into lines and counts the quote marks of each line.</summary>
    /// <returns>Lines plus quote marks, so that the work cannot be optimized away.</returns>
    public static int Run(byte[] utf8)
    {
        var text = TextDecoder.Decode(utf8).Text;
        var rest = text.AsSpan();
        int lines = 0, marks = 0;
        while (true)
        {
            var lineBreak = rest.IndexOfAny(s_lineBreaks);
            var line = lineBreak < 0 ? rest : rest[..lineBreak];
            for (var at = QuoteMarkSearch.IndexOfAny(line); at >= 0; at = QuoteMarkSearch.IndexOfAny(line))
            {
                marks++;
                line = line[(at + 1)..];
            }
            lines++;
            if (lineBreak < 0) return lines + marks;
            rest = rest[(lineBreak + 1)..];
        }
    }
}
