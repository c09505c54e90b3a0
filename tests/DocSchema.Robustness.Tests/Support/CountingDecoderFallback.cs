using System.Text;

namespace DocSchema.Robustness.Tests.Support;

/// <summary>
/// A decoder fallback that replaces each invalid sequence with U+FFFD, as the replacement fallback
/// does, and counts how many there were: an oracle independent of the CLI's own decoder.
/// </summary>
internal sealed class CountingDecoderFallback : DecoderFallback
{
    /// <summary>How many invalid sequences were replaced.</summary>
    public int Count { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private bool _pending;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Count++;
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending) return '\0';
            _pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious() => false;

        public override void Reset() => _pending = false;
    }
}
