using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocSchema.Runtime.Articles;

namespace DocSchema.Runtime.Json;

/// <summary>
/// An article's compact JSON written as bytes into a buffer the thread keeps: the same bytes a
/// compact <see cref="Utf8JsonWriter"/> with <see cref="ArticleJsonWriter.Options"/> writes, made
/// without the writer's per-call checks and with each string escaped and transcoded in one pass.
/// </summary>
/// <remarks>
/// <para>Why: writing the JSON took a quarter of a batch document's instructions (the ninth round of
/// docs/performance-history.md): for every string the writer looks for a character to escape, escapes the
/// string into a UTF-16 buffer when it finds one (every English paragraph with a <c>"</c>), and
/// transcodes to UTF-8; and every member goes through its checks of state and depth.</para>
/// <para>Compact JSON has one form: no white space, a comma before every member and element but
/// the first of its object or array, names and strings in quotation marks, numbers as
/// <see cref="Utf8Formatter"/> writes them. Strings are escaped as
/// <see cref="SupplementaryAsIsEncoder"/> escapes them: the characters of
/// <see cref="PlainTextPrefix"/>'s ranges go eight at a time (printable ASCII narrowed to bytes,
/// sixteen at a time in a run of it where the machine has AVX2; CJK spread into its three UTF-8
/// bytes by byte shuffles, fixed ones for eight three-byte characters, ones looked up by which
/// characters are ASCII for a mix; a string of fewer than eight in one vector of its own), every
/// other one by the relaxed encoder's own answer, a surrogate pair as its four bytes. A string
/// with a lone surrogate (the writer escapes it as <c>\uFFFD</c>) or of more than 65,536
/// characters is written by a <see cref="Utf8JsonWriter"/> with the target's options, and its
/// bytes copied; an article with custom members is written through the target writer altogether
/// (<see cref="WritesCustomMembers"/>).
/// Tests compare every BMP character and whole articles with the writer.</para>
/// </remarks>
internal sealed class CompactJsonBuffer
{
    // A buffer grown past this by a huge article is not kept for the thread's next one.
    private const int KeptCapacity = 1 << 20;

    // A character takes at most six bytes (\uXXXX), plus two quotation marks; and a vector's stores
    // reach up to 32 bytes from where its characters' bytes start (eight Chinese characters, 24 of
    // them counting), which for a string's last vector (written over characters already written,
    // at most 28 bytes) may be 20 past the last byte that counts.
    private const int MaxBytesPerChar = 6;
    private const int VectorSlack = 32;

    // The longest string encoded here (6 bytes a character at most: 384 KB reserved, within the
    // buffer kept); a longer one is written by a writer and copied.
    private const int MaxEncodedLength = 1 << 16;

    private const int Width = 8;
    private const int WideWidth = 16;

    private static readonly JavaScriptEncoder s_relaxed = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    [ThreadStatic]
    private static CompactJsonBuffer? t_cached;

    private byte[] _bytes = new byte[16 * 1024];
    private int _length;

    // A value or a closed object or array was written last: the next member or element needs a comma.
    private bool _afterValue;

    // For what is left to a writer: the check for custom members, a string with a lone surrogate or a long one.
    private readonly ArrayBufferWriter<byte> _scratch = new(1024);
    private Utf8JsonWriter? _scratchWriter;
    private JsonWriterOptions _options;

    private CompactJsonBuffer()
    {
    }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    /// <summary>How many bytes are written.</summary>
    public int Length => _length;

    /// <summary>How many bytes the buffer holds before it grows (its tests fill it to the edge).</summary>
    internal int Capacity => _bytes.Length;

    /// <summary>
    /// True when <paramref name="writer"/> writes compact JSON with the article encoder, and a whole
    /// article written as one raw value at its depth stays within its depth limit: then the bytes
    /// of this buffer are exactly what the writer would write.
    /// </summary>
    public static bool CanWriteFor(Utf8JsonWriter writer)
    {
        var options = writer.Options;
        var maxDepth = options.MaxDepth == 0 ? DefaultMaxDepth : options.MaxDepth;
        return !options.Indented && ReferenceEquals(options.Encoder, SupplementaryAsIsEncoder.Instance)
            && writer.CurrentDepth + ArticleDepth <= maxDepth;
    }

    /// <summary>
    /// An empty buffer from the thread's cache, for an article written as one value into
    /// <paramref name="target"/> at its current depth; give it back with <see cref="Return"/>.
    /// </summary>
    public static CompactJsonBuffer Rent(Utf8JsonWriter target) => Rent(target.Options, target.CurrentDepth);

    /// <summary>
    /// An empty buffer from the thread's cache, for an article written as JSON of its own (depth 0)
    /// with <paramref name="options"/>; give it back with <see cref="Return"/>.
    /// </summary>
    public static CompactJsonBuffer Rent(JsonWriterOptions options) => Rent(options, 0);

    private static CompactJsonBuffer Rent(JsonWriterOptions options, int depth)
    {
        var buffer = t_cached ?? new CompactJsonBuffer();
        // Taken out of the cache while in use, so that nothing between Rent and Return can reuse it.
        t_cached = null;
        buffer._length = 0;
        buffer._afterValue = false;

        // What the scratch writer writes stands one level below the article (custom members) or at
        // its level (a string): it starts at depth 0, so its limit is what the target has left.
        options.MaxDepth = (options.MaxDepth == 0 ? DefaultMaxDepth : options.MaxDepth) - depth;
        if (buffer._scratchWriter is not null && !SameOutput(buffer._options, options)) buffer._scratchWriter = null;
        buffer._options = options;
        return buffer;
    }

    /// <summary>
    /// Hands the bytes written (<see cref="Length"/> of them, from the start of the array returned)
    /// to a caller that keeps them, without a copy where it can: the buffer gives up the array it
    /// wrote into and takes <paramref name="storage"/> to write into from now on. Every array either
    /// side holds afterwards is one <see cref="ArrayPool{T}.Shared"/> takes back, and so must
    /// <paramref name="storage"/> be (the caller's array of the shared pool, say).
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>An array more than twice the size the bytes need (a long string reserves six bytes a
    /// character) is not handed over: the bytes are copied into <paramref name="storage"/>, or into
    /// a rented array of their size when it is too small, and the buffer keeps its array. So the
    /// caller's arrays stay within twice their bytes (records waiting to be written are counted by
    /// their bytes).</item>
    /// <item>Otherwise a <paramref name="storage"/> smaller than the array handed over is swapped
    /// for a rented one of that size, unless the buffer is too large to be kept
    /// (<see cref="Return"/>): the buffer would otherwise grow again, with a new array and a copy,
    /// for every article like the last.</item>
    /// <item>An array is rented before <paramref name="storage"/> goes back to the pool, so that a
    /// failed rent leaves the caller its own array.</item>
    /// </list>
    /// </remarks>
    public byte[] Exchange(byte[] storage)
    {
        var written = _bytes;
        int length = _length;
        _length = 0;
        long needed = BitOperations.RoundUpToPowerOf2((uint)Math.Max(length, 16));
        if (written.Length > 2 * needed)
        {
            var target = storage;
            if (target.Length < length)
            {
                target = ArrayPool<byte>.Shared.Rent((int)needed);
                ArrayPool<byte>.Shared.Return(storage);
            }

            written.AsSpan(0, length).CopyTo(target);
            return target;
        }

        if (storage.Length < written.Length && written.Length <= KeptCapacity)
        {
            var replacement = ArrayPool<byte>.Shared.Rent(written.Length);
            ArrayPool<byte>.Shared.Return(storage);
            storage = replacement;
        }

        _bytes = storage;
        return written;
    }

    /// <summary>Gives the buffer back to the thread's cache (unless a huge article grew it).</summary>
    public void Return()
    {
        if (_bytes.Length <= KeptCapacity) t_cached = this;
    }

    public void StartObject()
    {
        Separate();
        Open((byte)'{');
    }

    public void StartObject(JsonName name)
    {
        Name(name);
        Open((byte)'{');
    }

    public void EndObject() => Close((byte)'}');

    public void StartArray(JsonName name)
    {
        Name(name);
        Open((byte)'[');
    }

    public void EndArray() => Close((byte)']');

    public void String(JsonName name, string? value)
    {
        Name(name);
        StringValue(value);
    }

    /// <summary><c>"name":"value"</c> from the characters of a value, as <see cref="String(JsonName, string?)"/> writes its string.</summary>
    public void String(JsonName name, ReadOnlySpan<char> value)
    {
        Name(name);
        StringValue(value);
    }

    public void String(JsonName name, JsonEncodedText value)
    {
        // A paragraph's language, a quote's kind: up to sixteen bytes, written with their name with
        // no call on the way (see PutNameInline), as two overlapping loads and stores of the
        // largest size that fits, which read nothing past the value's bytes.
        var bytes = value.EncodedUtf8Bytes;
        int length = bytes.Length;
        int at;
        if (length > 16 || (at = PutNameInline(name, length + 2)) < 0)
        {
            EncodedStringOutOfLine(name, value);
            return;
        }

        ref byte output = ref MemoryMarshal.GetArrayDataReference(_bytes);
        ref byte source = ref MemoryMarshal.GetReference(bytes);
        ref byte destination = ref Unsafe.Add(ref output, at + 1);
        Unsafe.Add(ref output, at) = (byte)'"';
        if (length > 8)
        {
            Unsafe.WriteUnaligned(ref destination, Unsafe.ReadUnaligned<ulong>(ref source));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref destination, length - 8), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, length - 8)));
        }
        else if (length >= 4)
        {
            Unsafe.WriteUnaligned(ref destination, Unsafe.ReadUnaligned<uint>(ref source));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref destination, length - 4), Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref source, length - 4)));
        }
        else if (length >= 2)
        {
            // English's "en" and the other two-letter tags.
            Unsafe.WriteUnaligned(ref destination, Unsafe.ReadUnaligned<ushort>(ref source));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref destination, length - 2), Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref source, length - 2)));
        }
        else if (length == 1)
        {
            destination = source;
        }

        Unsafe.Add(ref destination, length) = (byte)'"';
        _length = at + length + 2;
        _afterValue = true;
        Debug.Assert(_length <= _bytes.Length, "an in-line value ran past the buffer");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EncodedStringOutOfLine(JsonName name, JsonEncodedText value)
    {
        Name(name);
        PutQuoted(value.EncodedUtf8Bytes);
        _afterValue = true;
    }

    public void StringValue(string? value)
    {
        if (value is null)
        {
            Separate();
            Literal("null"u8);
            return;
        }

        StringValue(value.AsSpan());
    }

    /// <summary><c>"value"</c> from the characters of a value: an array element, or a member's value after its name.</summary>
    /// <remarks>Out of line, with TryEncode inlined into it once: when this was inlined into each of
    /// its callers as well, they grew past what the compiler inlines, and the vector helpers inside
    /// TryEncode became calls.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void StringValue(ReadOnlySpan<char> value)
    {
        Separate();
        if (Vector128.IsHardwareAccelerated && (uint)(value.Length - 1) < Width - 1 && TryEncodeShort(value))
        {
            _afterValue = true;
            return;
        }

        // A long string (a page with no line breaks, say) goes to the writer, which also keeps its
        // limit on a string's length; here the room reserved for it would outgrow the buffer kept.
        if (value.Length > MaxEncodedLength || !TryEncode(value)) StringValueByWriter(value);
        _afterValue = true;
    }

    // The writer's encoding of `value`, over whatever bytes a failed TryEncode wrote past the
    // buffer's length (it moves the length only when it succeeds).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void StringValueByWriter(ReadOnlySpan<char> value)
    {
        var writer = Writer();
        writer.WriteStringValue(value); // or its exception for a string too long
        writer.Flush();
        PutBytes(_scratch.WrittenSpan);
    }

    public void Number(JsonName name, int value)
    {
        // A paragraph's or a caption's number, a day, a month, an aligned pair's index: one or two
        // digits, written with their name with no call on the way (see PutNameInline); anything
        // else goes out of line. With the calls to grow the buffer and to format inside, every
        // number saved and restored six registers, about a third of its instructions.
        int at;
        if ((uint)value >= 100 || (at = PutNameInline(name, 2)) < 0)
        {
            NumberOutOfLine(name, value);
            return;
        }

        ref byte output = ref MemoryMarshal.GetArrayDataReference(_bytes);
        if (value >= 10) Unsafe.Add(ref output, at++) = (byte)('0' + (value / 10));
        Unsafe.Add(ref output, at++) = (byte)('0' + (value % 10));
        _length = at;
        _afterValue = true;
        Debug.Assert(_length <= _bytes.Length, "an in-line value ran past the buffer");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NumberOutOfLine(JsonName name, int value)
    {
        Name(name);
        Ensure(11);
        if ((uint)value < 100)
        {
            // The formatter's general path costs several times as much for one or two digits.
            if (value >= 10) _bytes[_length++] = (byte)('0' + (value / 10));
            _bytes[_length++] = (byte)('0' + (value % 10));
        }
        else
        {
            Utf8Formatter.TryFormat(value, _bytes.AsSpan(_length), out int written);
            _length += written;
        }

        _afterValue = true;
    }

    public void Null(JsonName name)
    {
        // A teaser's missing dateline, a quote's unknown speaker: with no call on the way, as Number.
        int at = PutNameInline(name, Null4.Length);
        if (at < 0)
        {
            NullOutOfLine(name);
            return;
        }

        ref byte output = ref MemoryMarshal.GetArrayDataReference(_bytes);
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref output, at), Unsafe.ReadUnaligned<uint>(ref MemoryMarshal.GetReference(Null4)));
        _length = at + Null4.Length;
        _afterValue = true;
        Debug.Assert(_length <= _bytes.Length, "an in-line value ran past the buffer");
    }

    private static ReadOnlySpan<byte> Null4 => "null"u8;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NullOutOfLine(JsonName name)
    {
        Name(name);
        Literal(Null4);
    }

    // Writes `name` (after a comma when a value came before) and returns where its value goes,
    // when the name has been written before (its padded bytes made) and the buffer has room for
    // them and `valueBytes` more: then with no call, so that a method whose value is as simple
    // needs no frame. -1, with nothing written, otherwise. (A position returned, not an `out`
    // one: a local whose address is taken kept the callers from leaving their slow paths by a
    // jump, and so from going without a frame.)
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PutNameInline(JsonName name, int valueBytes)
    {
        var quoted = name.QuotedIfMade;
        int at = _length;
        // The stores here and the callers' are not checked one by one (Name, out of line, checks the
        // room once more and throws): this test is what keeps them inside the array, and each
        // caller asserts that its value ended there. CompactJsonBufferTests writes every in-line
        // member up to the buffer's edge.
        if (quoted is null || _bytes.Length - at < quoted.Length + 1 + valueBytes) return -1;
        ref byte output = ref MemoryMarshal.GetArrayDataReference(_bytes);
        if (_afterValue) Unsafe.Add(ref output, at++) = (byte)',';
        CopyPadded(quoted, ref output, at);
        return at + name.QuotedLength;
    }

    /// <summary>
    /// True when <paramref name="article"/> writes custom members (a generated schema's own roles):
    /// they are written to a scratch writer with the target's options to see. Such an article is
    /// written through the target writer itself, member by member, so that its custom members see
    /// the writer they were written for (its depth, its state, its exceptions, comments placed as it
    /// places them). A write that throws counts as writing some.
    /// </summary>
    public bool WritesCustomMembers(Article article)
    {
        var writer = Writer();
        try
        {
            writer.WriteStartObject();
            article.WriteCustomMembers(writer);
            writer.WriteEndObject();
            writer.Flush();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or JsonException)
        {
            _scratchWriter = null; // left in the middle of an object
            return true;
        }

        return _scratch.WrittenCount != 2; // "{}"
    }

    /// <summary>Writes bytes <paramref name="start"/> to <paramref name="end"/> of this buffer again at its end.</summary>
    public void Repeat(int start, int end)
    {
        // Growing leaves the old array holding the bytes copied from it.
        PutBytes(_bytes.AsSpan(start, end - start));
        _afterValue = true;
    }

    // How many levels the article opens below the writer's current depth at most: the article →
    // "sections" → a section → "speakers" → a speaker → "quotes" → a quote. The writer refuses to
    // open a level at its limit, so the article fits when the current depth plus these is within it.
    private const int ArticleDepth = 7;

    // Utf8JsonWriter's limit when the options give none.
    private const int DefaultMaxDepth = 1000;

    // The scratch writer, emptied, with the target's options.
    private Utf8JsonWriter Writer()
    {
        _scratch.ResetWrittenCount();
        if (_scratchWriter is { } cached)
        {
            cached.Reset(_scratch);
            return cached;
        }

        return _scratchWriter = new Utf8JsonWriter(_scratch, _options);
    }

    // `"name":` after a comma where a value came before: the name's padded bytes in whole vectors.
    // Inlined: an article writes hundreds of names, and as a call each saved and restored five registers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Name(JsonName name)
    {
        var quoted = name.Quoted;
        Ensure(quoted.Length + 1);
        int at = _length;
        if (_afterValue) _bytes[at++] = (byte)',';

        // The padding goes past the name: the stores below are not checked one by one, so the room
        // is checked once more here, and a room check that forgot the padding throws rather than
        // writes past the array.
        if ((uint)(at + quoted.Length) > (uint)_bytes.Length) throw new InvalidOperationException("No room for a name's padded bytes.");
        CopyPadded(quoted, ref MemoryMarshal.GetArrayDataReference(_bytes), at);
        _length = at + name.QuotedLength;
        _afterValue = false;
    }

    // A name's padded bytes to `output` at `at`, a vector at a time; the caller has checked the room.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CopyPadded(byte[] quoted, ref byte output, int at)
    {
        ref byte source = ref MemoryMarshal.GetArrayDataReference(quoted);
        for (int k = 0; k < quoted.Length; k += JsonName.Padding)
            Vector128.LoadUnsafe(ref source, (nuint)k).StoreUnsafe(ref output, (nuint)(at + k));
    }

    private void Literal(ReadOnlySpan<byte> literal)
    {
        PutBytes(literal);
        _afterValue = true;
    }

    private void Open(byte bracket)
    {
        Put(bracket);
        _afterValue = false;
    }

    private void Close(byte bracket)
    {
        Put(bracket);
        _afterValue = true;
    }

    private void Separate()
    {
        if (_afterValue) Put((byte)',');
    }

    private void Put(byte b)
    {
        Ensure(1);
        _bytes[_length++] = b;
    }

    private void PutBytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(_length));
        _length += bytes.Length;
    }

    // Encoded bytes (a fixed value) in quotation marks.
    private void PutQuoted(ReadOnlySpan<byte> encoded)
    {
        Ensure(encoded.Length + 2);
        _bytes[_length++] = (byte)'"';
        encoded.CopyTo(_bytes.AsSpan(_length));
        _length += encoded.Length;
        _bytes[_length++] = (byte)'"';
    }

    // Room for `more` bytes: a test small enough to be inlined where every byte is put, and the
    // growing out of line.
    private void Ensure(int more)
    {
        if (_bytes.Length - _length < more) Grow(more);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int more)
    {
        long needed = (long)_length + more;
        if (needed > Array.MaxLength) throw new OutOfMemoryException($"An article's JSON of more than {Array.MaxLength:N0} bytes cannot be held in one buffer.");
        // A power of two, which the shared array pool takes back from whoever holds the array after
        // an Exchange (above 2^30, which the pool does not keep, the most an array can hold).
        long size = Math.Max((long)_bytes.Length * 2, needed);
        Array.Resize(ref _bytes, size > 1 << 30 ? Array.MaxLength : (int)BitOperations.RoundUpToPowerOf2((uint)size));
    }

    // The compact output and the checks of two option sets are the same (indentation plays no part).
    private static bool SameOutput(JsonWriterOptions a, JsonWriterOptions b) =>
        ReferenceEquals(a.Encoder, b.Encoder) && a.SkipValidation == b.SkipValidation && a.MaxDepth == b.MaxDepth && a.Indented == b.Indented;

    // `value` (at most MaxEncodedLength characters) in quotation marks at the end of the buffer; false for a string with a lone surrogate.
    // One method, whose position in the string and in the buffer are locals: passed by reference to
    // a method per vector and per character, both lived in memory, each character storing and
    // reloading them. Only what is rare in news text (escapes, surrogate pairs, two-byte characters)
    // goes out of line. Inlined into StringValue, its one caller: a string's two calls saved and
    // restored thirteen registers between them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryEncode(ReadOnlySpan<char> value)
    {
        Ensure((value.Length * MaxBytesPerChar) + 2 + VectorSlack);
        ref byte output = ref MemoryMarshal.GetArrayDataReference(_bytes);
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(value));
        int written = _length;
        Unsafe.Add(ref output, written++) = (byte)'"';
        int i = 0;
        while (i < value.Length)
        {
            // Where the characters one by one stop: after the one character a vector stopped at, or
            // at the end for a string's last few characters that no vector could take.
            int end = value.Length;
            if (Vector128.IsHardwareAccelerated)
            {
                // A run of English first, sixteen characters at a time (see NarrowPrintableAscii);
                // not looked for where the next character is beyond ASCII, as in Chinese text.
                if (Vector256.IsHardwareAccelerated && value.Length - i >= WideWidth && Unsafe.Add(ref chars, i) <= '~')
                {
                    int run = NarrowPrintableAscii(ref Unsafe.Add(ref chars, i), value.Length - i, ref Unsafe.Add(ref output, written));
                    i += run;
                    written += run;
                }

                // Whole vectors of plain characters: printable ASCII, CJK, or the two mixed (Chinese
                // text writes digits, spaces and Latin names between its characters).
                while (value.Length - i >= Width)
                {
                    var vector = Vector128.LoadUnsafe(ref chars, (nuint)i);
                    var ascii = PlainTextPrefix.PrintableAscii(vector);
                    if (ascii == Vector128<ushort>.AllBitsSet)
                    {
                        Vector128.Narrow(vector, vector).StoreUnsafe(ref output, (nuint)written);
                        written += Width;
                        i += Width;
                        continue;
                    }

                    var plain = Plain(vector, ascii);
                    if (plain == Vector128<ushort>.AllBitsSet)
                    {
                        written += ascii == Vector128<ushort>.Zero
                            ? StoreThreeByte(vector, ref Unsafe.Add(ref output, written))
                            : StoreMixed(vector, ascii, ref Unsafe.Add(ref output, written));
                        i += Width;
                        continue;
                    }

                    // A quotation mark, a backslash or a rarer character: the plain characters
                    // before it are the first bytes of the vector's (the rest is written over), and
                    // it goes by itself.
                    int before = BitOperations.TrailingZeroCount(~plain.ExtractMostSignificantBits());
                    if (before > 0)
                    {
                        written += StorePrefix(vector, ascii, before, ref Unsafe.Add(ref output, written));
                        i += before;
                    }

                    end = i + 1;
                    break;
                }

                if (i == value.Length) break;
                if (end == value.Length && value.Length >= Width)
                {
                    // The last few characters: the string's last vector, over characters already
                    // written; when all eight are plain, the overlapped ones were written as the
                    // vector writes them, so it is written from where they start.
                    // The guard above keeps out a string shorter than a vector, whose vector would
                    // read before its first character; asserted too, as no output shows it missing.
                    Debug.Assert(value.Length >= Width);
                    var vector = Vector128.LoadUnsafe(ref chars, (nuint)(value.Length - Width));
                    var ascii = PlainTextPrefix.PrintableAscii(vector);
                    var plain = Plain(vector, ascii);
                    if (plain == Vector128<ushort>.AllBitsSet)
                    {
                        int overlapped = Width - (value.Length - i);
                        written -= PrefixLength(ascii, overlapped);
                        written += StorePrefix(vector, ascii, Width, ref Unsafe.Add(ref output, written));
                        break;
                    }
                }
            }

            // The character a vector stopped at, or the last few characters: one by one.
            while (i < end)
            {
                char c = value[i];

                // Printable ASCII but " and \ first: the characters of English text around a quotation mark.
                if ((uint)(c - ' ') <= '~' - ' ' && c is not ('"' or '\\'))
                {
                    Unsafe.Add(ref output, written++) = (byte)c;
                    i++;
                }
                else if ((uint)(c - '\u4E00') <= '\u9FFF' - '\u4E00')
                {
                    // Then the Han block: the characters of names and short quotes shorter than a vector.
                    written += PutThreeBytes(c, ref Unsafe.Add(ref output, written));
                    i++;
                }
                else
                {
                    int read = EncodeOther(value, i, ref Unsafe.Add(ref output, written), out int bytes);
                    if (read == 0) return false;
                    i += read;
                    written += bytes;
                }
            }
        }

        Unsafe.Add(ref output, written++) = (byte)'"';
        _length = written;
        return true;
    }

    // Printable ASCII but " and \ from `chars` on, sixteen characters at a time while sixteen are
    // left, narrowed to bytes at `destination`; returns how many. A method of its own that makes no
    // call, so that its positions stay in registers: in TryEncode's loop, which calls out for rarer
    // characters, they went through memory at every vector, 25 instructions for eight characters
    // of English.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NarrowPrintableAscii(ref ushort chars, int length, ref byte destination)
    {
        int n = 0;
        while (length - n >= WideWidth)
        {
            var wide = Vector256.LoadUnsafe(ref chars, (nuint)n);
            if (PlainTextPrefix.PrintableAscii(wide) != Vector256<ushort>.AllBitsSet) break;
            // All below 0x80: packing with saturation keeps them as they are, without Narrow's masks.
            var bytes = Sse2.IsSupported ? Sse2.PackUnsignedSaturate(wide.GetLower().AsInt16(), wide.GetUpper().AsInt16()) : Vector128.Narrow(wide.GetLower(), wide.GetUpper());
            bytes.StoreUnsafe(ref destination, (nuint)n);
            n += WideWidth;
        }

        return n;
    }

    // A string of one to seven characters (a speaker's name, a place, a section) in quotation
    // marks at the end of the buffer, when all its characters are plain: in one vector, its lanes
    // past the string zero. False (nothing written) otherwise, for TryEncode to write one by one.
    // One by one, such a character took about 25 instructions. A method of its own: inside
    // TryEncode, it cost the vector loop a register (its position in the buffer went to memory).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryEncodeShort(ReadOnlySpan<char> value)
    {
        Ensure(VectorSlack + 2);
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(value));
        var vector = ShortVector(ref chars, value.Length);
        var ascii = PlainTextPrefix.PrintableAscii(vector);
        uint lanes = (1u << value.Length) - 1;
        if ((~Plain(vector, ascii).ExtractMostSignificantBits() & lanes) != 0) return false;

        ref byte output = ref MemoryMarshal.GetArrayDataReference(_bytes);
        int written = _length;
        Unsafe.Add(ref output, written++) = (byte)'"';
        if ((ascii.ExtractMostSignificantBits() & lanes) == 0)
        {
            // All three-byte (a Chinese name or place): the fixed shuffles, whose bytes past the
            // string's count for nothing.
            StoreThreeByte(vector, ref Unsafe.Add(ref output, written));
            written += 3 * value.Length;
        }
        else
        {
            written += StorePrefix(vector, ascii, value.Length, ref Unsafe.Add(ref output, written));
        }

        Unsafe.Add(ref output, written++) = (byte)'"';
        _length = written;
        return true;
    }

    // The 1 to 7 characters at `chars` in lanes 0 to length − 1 of a vector, its other lanes zero:
    // read by loads of 2, 4 or 8 bytes that stay inside the characters (the last four read again
    // from length − 4 and shifted past the ones the first four hold).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<ushort> ShortVector(ref ushort chars, int length)
    {
        Debug.Assert(length is > 0 and < Width);
        ref byte bytes = ref Unsafe.As<ushort, byte>(ref chars);
        ulong low, high = 0;
        if (length >= 4)
        {
            low = Unsafe.ReadUnaligned<ulong>(ref bytes);
            if (length > 4) high = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, 2 * (length - 4))) >> (16 * (Width - length));
        }
        else if (length >= 2)
        {
            low = Unsafe.ReadUnaligned<uint>(ref bytes);
            if (length == 3) low |= (ulong)Unsafe.Add(ref chars, 2) << 32;
        }
        else
        {
            low = chars;
        }

        return Vector128.Create(low, high).AsUInt16();
    }

    // The bytes of the first `count` characters of a vector of plain ones (`ascii` marking the
    // printable ASCII ones) at `destination`, and how many they are; bytes after them may be written too.
    private static int StorePrefix(Vector128<ushort> chars, Vector128<ushort> ascii, int count, ref byte destination)
    {
        int length = PrefixLength(ascii, count);
        if (length == count) Vector128.Narrow(chars, chars).StoreUnsafe(ref destination);
        else StoreMixed(chars, ascii, ref destination);
        return length;
    }

    // The UTF-8 length of the first `count` characters of a vector of plain ones: one byte for each
    // printable ASCII character, three for each other.
    private static int PrefixLength(Vector128<ushort> ascii, int count)
    {
        uint lanes = (1u << count) - 1;
        return count + (2 * BitOperations.PopCount(~ascii.ExtractMostSignificantBits() & lanes));
    }

    // The lanes of `chars` a vector writes as they are: printable ASCII (`ascii`), and where the
    // machine shuffles, the three-byte characters the encoder leaves as they are.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Plain(Vector128<ushort> chars, Vector128<ushort> ascii) =>
        CanShuffle ? ascii | PlainTextPrefix.PlainThreeByte(chars) : ascii;

    // Shuffles whose indices change from vector to vector, where the machine has one instruction for them.
    private static bool CanShuffle => Ssse3.IsSupported || AdvSimd.Arm64.IsSupported;

    // Eight characters, each printable ASCII (one byte) or of U+0800–U+FFFF without surrogates
    // (three bytes: 1110xxxx 10xxxxxx 10xxxxxx), as their UTF-8 bytes at `destination`, four
    // characters at a time; returns how many bytes that is. Inlined: it runs for every eight
    // characters of Chinese text, and as a call it took its vectors through memory.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int StoreMixed(Vector128<ushort> chars, Vector128<ushort> ascii, ref byte destination)
    {
        // An ASCII character's one byte stands where a three-byte one's lead would.
        var (leadsAndMiddles, lastBytes) = Spread(chars, Vector128.ConditionalSelect(ascii, chars, ThreeByteLeads(chars)));
        int asciiBits = (int)ascii.ExtractMostSignificantBits();
        ref byte table = ref MemoryMarshal.GetReference(MixedShuffleTable.Entries);
        int written = 0;
        for (int half = 0; half < 2; half++)
        {
            int mask = (asciiBits >> (4 * half)) & 0b1111;
            int entry = ((half << 4) | mask) * MixedShuffleTable.EntryLength;
            var bytes = Shuffle(leadsAndMiddles, Vector128.LoadUnsafe(ref table, (nuint)entry))
                | Shuffle(lastBytes, Vector128.LoadUnsafe(ref table, (nuint)(entry + 16)));
            bytes.StoreUnsafe(ref destination, (nuint)written);
            written += 12 - (2 * BitOperations.PopCount((uint)mask));
        }

        return written;
    }

    // Eight characters of U+0800–U+FFFF without surrogates (Chinese text with no ASCII among them)
    // as their 24 UTF-8 bytes at `destination`, and 8 bytes more that count for nothing: by fixed
    // shuffles, where StoreMixed looks its shuffles up by which characters are ASCII, four
    // characters at a time (about 30 instructions for eight characters of Chinese against 45).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int StoreThreeByte(Vector128<ushort> chars, ref byte destination)
    {
        const byte None = 0x80;

        // Characters 0–4 and the lead of 5 make the first sixteen bytes, the rest of 5 and
        // characters 6 and 7 the next eight.
        var (leadsAndMiddles, lastBytes) = Spread(chars, ThreeByteLeads(chars));
        var first = Shuffle(leadsAndMiddles, Vector128.Create(0, 8, None, 1, 9, None, 2, 10, None, 3, 11, None, 4, 12, None, 5))
            | Shuffle(lastBytes, Vector128.Create(None, None, 0, None, None, 1, None, None, 2, None, None, 3, None, None, 4, None));
        var second = Shuffle(leadsAndMiddles, Vector128.Create(13, None, 6, 14, None, 7, 15, None, None, None, None, None, None, None, None, None))
            | Shuffle(lastBytes, Vector128.Create(None, 5, None, None, 6, None, None, 7, None, None, None, None, None, None, None, None));
        first.StoreUnsafe(ref destination);
        second.StoreUnsafe(ref destination, 16);
        return 3 * Width;
    }

    // The lead bytes of three-byte characters (U+0800–U+FFFF): 1110xxxx.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> ThreeByteLeads(Vector128<ushort> chars) =>
        Vector128.ShiftRightLogical(chars, 12) | Vector128.Create((ushort)0xE0);

    // Eight characters' UTF-8 bytes laid out for the shuffles, each character's first byte given
    // (`leads`), its middle and last made here (10xxxxxx 10xxxxxx): LeadsAndMiddles holds lead k at
    // byte k and middle k at byte 8 + k, LastBytes last k at byte k.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector128<byte> LeadsAndMiddles, Vector128<byte> LastBytes) Spread(Vector128<ushort> chars, Vector128<ushort> leads)
    {
        var middles = (Vector128.ShiftRightLogical(chars, 6) & Vector128.Create((ushort)0x3F)) | Vector128.Create((ushort)0x80);
        var lasts = (chars & Vector128.Create((ushort)0x3F)) | Vector128.Create((ushort)0x80);
        return (Vector128.Narrow(leads, middles), Vector128.Narrow(lasts, lasts));
    }

    // A byte shuffle in which an index of 0x80 or more picks zero (pshufb; tbl picks zero for 16 or more).
    private static Vector128<byte> Shuffle(Vector128<byte> bytes, Vector128<byte> indices) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(bytes, indices) : AdvSimd.Arm64.VectorTableLookup(bytes, indices);

    // The character (or surrogate pair) at `index`, neither printable ASCII but " and \ nor of the
    // Han block, escaped or encoded at `destination`: how many characters it read (0 for a lone
    // surrogate, which is not written) and, in `written`, how many bytes it wrote.
    private static int EncodeOther(ReadOnlySpan<char> value, int index, ref byte destination, out int written)
    {
        char c = value[index];
        written = 0;
        if (char.IsSurrogate(c))
        {
            if (!char.IsHighSurrogate(c) || index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1])) return 0;
            int scalar = char.ConvertToUtf32(c, value[index + 1]);
            destination = (byte)(0xF0 | (scalar >> 18));
            Unsafe.Add(ref destination, 1) = (byte)(0x80 | ((scalar >> 12) & 0x3F));
            Unsafe.Add(ref destination, 2) = (byte)(0x80 | ((scalar >> 6) & 0x3F));
            Unsafe.Add(ref destination, 3) = (byte)(0x80 | (scalar & 0x3F));
            written = 4;
            return 2;
        }

        // A quotation mark or backslash first: the straight quotes of English quotes are by far the
        // commonest escape of news text, and the encoder escapes both, so its virtual WillEncode
        // need not be asked.
        if (c is '"' or '\\' || (!PlainTextPrefix.IsPlain(c) && s_relaxed.WillEncode(c)))
        {
            written = Escape(c, ref destination);
        }
        else if (c < 0x80)
        {
            destination = (byte)c;
            written = 1;
        }
        else if (c < 0x800)
        {
            destination = (byte)(0xC0 | (c >> 6));
            Unsafe.Add(ref destination, 1) = (byte)(0x80 | (c & 0x3F));
            written = 2;
        }
        else
        {
            written = PutThreeBytes(c, ref destination);
        }

        return 1;
    }

    // A character of U+0800–U+FFFF (no surrogate) as 1110xxxx 10xxxxxx 10xxxxxx: three bytes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PutThreeBytes(char c, ref byte destination)
    {
        destination = (byte)(0xE0 | (c >> 12));
        Unsafe.Add(ref destination, 1) = (byte)(0x80 | ((c >> 6) & 0x3F));
        Unsafe.Add(ref destination, 2) = (byte)(0x80 | (c & 0x3F));
        return 3;
    }

    // As the relaxed encoder escapes: its short forms, else \u and four upper-case hexadecimal
    // digits; returns how many bytes that is.
    private static int Escape(char c, ref byte destination)
    {
        destination = (byte)'\\';
        char shortForm = c switch
        {
            '\b' => 'b',
            '\t' => 't',
            '\n' => 'n',
            '\f' => 'f',
            '\r' => 'r',
            '"' => '"',
            '\\' => '\\',
            _ => '\0',
        };
        if (shortForm != '\0')
        {
            Unsafe.Add(ref destination, 1) = (byte)shortForm;
            return 2;
        }

        Unsafe.Add(ref destination, 1) = (byte)'u';
        for (int digit = 0; digit < 4; digit++) Unsafe.Add(ref destination, 2 + digit) = (byte)"0123456789ABCDEF"[(c >> (12 - (4 * digit))) & 0xF];
        return 6;
    }
}
