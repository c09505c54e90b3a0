using System.Runtime.CompilerServices;
using System.Text.Json;

namespace DocSchema.Runtime.Json;

/// <summary>
/// A property name of the article JSON, encoded for each sink: as a <see cref="Utf8JsonWriter"/>
/// takes it (<see cref="Encoded"/>), and as the compact buffer writes it, quoted and followed by its
/// colon (<see cref="Quoted"/>), in an array padded to whole vectors so that it is copied in one or
/// two vector moves instead of a quotation mark, a copy of its bytes, a quotation mark and a colon.
/// </summary>
internal sealed class JsonName
{
    /// <summary>The bytes <see cref="Quoted"/> is padded to a multiple of.</summary>
    public const int Padding = 16;

    private byte[]? _quoted;

    /// <summary>A name already encoded by the article writer's encoder.</summary>
    public JsonName(JsonEncodedText encoded)
    {
        Encoded = encoded;
        QuotedLength = encoded.EncodedUtf8Bytes.Length + 3;
    }

    /// <summary>The name as a writer takes it.</summary>
    public JsonEncodedText Encoded { get; }

    /// <summary><c>"name":</c> in UTF-8, then zeros up to a multiple of <see cref="Padding"/> bytes; made on first use.</summary>
    public byte[] Quoted
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _quoted ?? MakeQuoted();
    }

    /// <summary><see cref="Quoted"/> once it has been made, else null: for a writer's path that makes no call.</summary>
    public byte[]? QuotedIfMade => _quoted;

    /// <summary>How many bytes of <see cref="Quoted"/> are <c>"name":</c>.</summary>
    public int QuotedLength { get; }

    /// <summary>
    /// A name encoded by a caller of the writer's public overloads (a generated article's custom
    /// members, written through a <see cref="Utf8JsonWriter"/>, which never asks for
    /// <see cref="Quoted"/>): one small object per call, on a path that encodes its name on every
    /// call already.
    /// </summary>
    public static implicit operator JsonName(JsonEncodedText encoded) => new(encoded);

    // Out of line, so that the getter inlines into the compact buffer's name writing.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private byte[] MakeQuoted()
    {
        // Racing threads make equal arrays; either may be kept.
        var utf8 = Encoded.EncodedUtf8Bytes;
        var quoted = new byte[(utf8.Length + 3 + Padding - 1) / Padding * Padding];
        quoted[0] = (byte)'"';
        utf8.CopyTo(quoted.AsSpan(1));
        quoted[utf8.Length + 1] = (byte)'"';
        quoted[utf8.Length + 2] = (byte)':';
        return _quoted = quoted;
    }
}
