using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Quotes;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// The compact article JSON is written as bytes by <see cref="CompactJsonBuffer"/>, not by a
/// <see cref="Utf8JsonWriter"/>: every string must come out as the writer (with the article
/// options) writes it, character by character and in the vectors of eight it takes at once.
/// Whole articles are compared in the robustness tests (ArticleProperties).
/// </summary>
public class CompactJsonBufferTests
{
    [Fact]
    public void Every_bmp_character_alone_between_letters_and_in_a_run_is_written_as_the_writer_writes_it()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            foreach (var value in new[] { ch.ToString(), "a" + ch + "b", new string(ch, 9) + "中", "中文" + new string(ch, 17) })
            {
                var expected = WriterBytes(value);
                var written = BufferBytes(value);
                if (!expected.AsSpan().SequenceEqual(written))
                    Assert.Fail($"U+{c:X4} in \"{Escape(value)}\": expected {Encoding.UTF8.GetString(expected)}, wrote {Encoding.UTF8.GetString(written)}");
            }
        }
    }

    [Fact]
    public void Every_mix_of_ascii_and_chinese_in_a_vector_at_every_offset_is_written_as_the_writer_writes_it()
    {
        // The mixed path packs each half of a vector by which of its four characters are ASCII:
        // all 256 masks, each starting at every offset of the string's first vector.
        for (int mask = 0; mask < 256; mask++)
        {
            var block = new char[8];
            for (int k = 0; k < 8; k++) block[k] = (mask >> k & 1) != 0 ? (char)('a' + k) : (char)('\u4E00' + (mask * 8) + k);
            for (int offset = 0; offset < 8; offset++)
            {
                var value = new string('x', offset) + new string(block) + new string(block) + "。";
                Assert.True(WriterBytes(value).AsSpan().SequenceEqual(BufferBytes(value)), $"mask {mask:B8}, offset {offset}: {value}");
            }
        }
    }

    [Fact]
    public void A_character_a_vector_stops_at_and_a_strings_last_vector_over_written_characters_are_written_as_the_writer_writes_them()
    {
        // A vector stops at a character it cannot take and writes the plain ones before it; a
        // string's last few characters are written by its last vector, over characters already
        // written. Strings of 8 to 24 characters of ASCII and Chinese in every proportion, with
        // one character of each kind the vectors do not take (or none) at every position.
        string[] others = ["", "\"", "\\", "\n", "\u0001", "é", "\u2028", "😀", "\uD800"];
        for (int length = 8; length <= 24; length++)
        {
            for (int pattern = 0; pattern < 8; pattern++)
            {
                var plain = new char[length];
                for (int k = 0; k < length; k++) plain[k] = (k * pattern % 7) < 3 ? (char)('a' + (k % 26)) : (char)('\u4E00' + (pattern * 31) + k);
                foreach (var other in others)
                {
                    for (int at = 0; at < length; at++)
                    {
                        var value = new string(plain, 0, at) + other + new string(plain, at, length - at);
                        Assert.True(WriterBytes(value).AsSpan().SequenceEqual(BufferBytes(value)), $"\"{Escape(value)}\"");
                    }
                }
            }
        }
    }

    [Fact]
    public void A_string_shorter_than_a_vector_is_read_into_its_first_lanes_and_zeros()
    {
        // Read from the middle of a longer string, as a value's characters are read from its document.
        const string Document = "前文ABCDEFG後文";
        for (int length = 1; length < 8; length++)
        {
            ref ushort chars = ref Unsafe.As<char, ushort>(ref Unsafe.AsRef(in Document.AsSpan(2)[0]));
            var vector = CompactJsonBuffer.ShortVector(ref chars, length);
            for (int lane = 0; lane < 8; lane++) Assert.Equal(lane < length ? Document[2 + lane] : 0, vector.GetElement(lane));
        }
    }

    [Fact]
    public void Strings_shorter_than_a_vector_are_written_as_the_writer_writes_them()
    {
        // One to seven characters, taken in one vector when all are plain: ASCII, Chinese, CJK
        // punctuation and full-width forms in every mix, alone and with one character the vector
        // does not take at every position (which sends the string to the characters one by one).
        char[] plainKinds = ['a', 'Z', ' ', '~', '中', '國', '“', '、', '\uFF01'];
        string[] others = ["", "\"", "\\", "\n", "\u0001", "é", "\u2028", "😀", "\uD800", "\uDE00", "\u0000"];
        var random = new Random(2323);
        for (int length = 1; length < 8; length++)
        {
            for (int round = 0; round < 40; round++)
            {
                foreach (var other in others)
                {
                    // The plain characters around `other`, seven at most in all.
                    int plainLength = length - other.Length;
                    if (plainLength < 0) continue;
                    var plain = new char[plainLength];
                    for (int k = 0; k < plainLength; k++) plain[k] = plainKinds[random.Next(plainKinds.Length)];
                    for (int at = 0; at <= plainLength; at++)
                    {
                        var value = new string(plain, 0, at) + other + new string(plain, at, plainLength - at);
                        Assert.InRange(value.Length, 1, 7);
                        Assert.True(WriterBytes(value).AsSpan().SequenceEqual(BufferBytes(value)), $"\"{Escape(value)}\"");
                    }
                }
            }
        }
    }

    [Fact]
    public void Random_text_with_escapes_pairs_and_lone_surrogates_is_written_as_the_writer_writes_it()
    {
        string[] pieces =
        [
            "a", "Z", " ", "7", "\"", "\\", "\n", "\r", "\t", "\b", "\f", "\u0001", "\u001F", "\u007F", "<", "&", "'", "/",
            "中", "國", "“", "”", "、", "。", "，", "（", "）", "：", "\u3000", "\uFF01", "\uFF5E", "—", "…", "·", "é", "Ω", "ж",
            "\u00A0", "\u00AD", "\u2028", "\u2029", "\u200B", "\uFEFF", "\uFFFD", "\uFFFE", "😀", "𠀀", "\uD83D", "\uDE00",
            "新闻报道说，双方在电话中讨论了停火。", "The quick brown fox jumps over", "特朗普（Donald Trump）周日说",
        ];
        var random = new Random(9090);
        for (int round = 0; round < 5_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(0, 40); i > 0; i--) text.Append(pieces[random.Next(pieces.Length)]);
            var value = text.ToString();
            var expected = WriterBytes(value);
            var written = BufferBytes(value);
            if (!expected.AsSpan().SequenceEqual(written))
                Assert.Fail($"round {round}: \"{Escape(value)}\"\n expected {Encoding.UTF8.GetString(expected)}\n wrote    {Encoding.UTF8.GetString(written)}");
        }
    }

    [Fact]
    public void Members_nested_and_repeated_are_separated_as_the_writer_separates_them()
    {
        var name = JsonEncodedText.Encode("n");
        var buffer = CompactJsonBuffer.Rent(new Utf8JsonWriter(Stream.Null, ArticleJsonWriter.Options(indented: false)));
        buffer.StartObject();
        buffer.String(name, "x");
        int start = buffer.Length;
        buffer.StartArray(name);
        buffer.StringValue("a");
        buffer.StartObject();
        buffer.Null(name);
        buffer.Number(name, -12);
        buffer.EndObject();
        buffer.EndArray();
        buffer.String(name, (string?)null);
        int end = buffer.Length;
        buffer.StartObject(name);
        buffer.EndObject();
        buffer.Repeat(start, end);
        buffer.EndObject();

        var expected = new MemoryStream();
        using (var writer = new Utf8JsonWriter(expected, ArticleJsonWriter.Options(indented: false)))
        {
            writer.WriteStartObject();
            writer.WriteString(name, "x");
            for (int copy = 0; copy < 2; copy++)
            {
                writer.WriteStartArray(name);
                writer.WriteStringValue("a");
                writer.WriteStartObject();
                writer.WriteNull(name);
                writer.WriteNumber(name, -12);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteString(name, (string?)null);
                if (copy == 0)
                {
                    writer.WriteStartObject(name);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndObject();
        }

        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(buffer.Written));
        buffer.Return();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Numbers_of_one_and_two_digits_and_all_others_are_written_as_the_writer_writes_them(int value)
    {
        // The first number writes its name out of line (not yet made), the next ones in line.
        var name = JsonEncodedText.Encode("n");
        var heldName = new JsonName(name);
        var buffer = CompactJsonBuffer.Rent(new Utf8JsonWriter(Stream.Null, ArticleJsonWriter.Options(indented: false)));
        buffer.StartObject();
        buffer.Number(heldName, value);
        buffer.Number(heldName, value);
        buffer.Number(heldName, value);
        buffer.EndObject();
        var expected = Attempt(ArticleJsonWriter.Options(indented: false), writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber(name, value);
            writer.WriteNumber(name, value);
            writer.WriteNumber(name, value);
            writer.WriteEndObject();
        }).Bytes;
        Assert.Equal(expected, Encoding.UTF8.GetString(buffer.Written));
        buffer.Return();
    }

    [Fact]
    public void Encoded_values_of_every_length_and_nulls_are_written_as_the_writer_writes_them()
    {
        // Each member three times: the first writes its name out of line (not yet made), the next
        // ones write it with the value in line where the value has up to sixteen bytes (two
        // overlapping copies of two, four or eight bytes, or one byte). Names of 1 to 19 bytes in
        // steps of three, so that a name's padding spans one or two vectors; values of 0 to 24
        // characters, some ending in é, which the encoder escapes (\u00E9). The buffer's edge is
        // the next test's.
        for (int nameLength = 1; nameLength <= 20; nameLength += 3)
        {
            // One JsonName for every write, as the article writer keeps them: a JsonEncodedText
            // passed instead is a new JsonName at each call, whose name is never made.
            var encodedName = JsonEncodedText.Encode(new string('n', nameLength));
            var name = new JsonName(encodedName);
            for (int length = 0; length <= 24; length++)
            {
                var text = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));
                var value = JsonEncodedText.Encode(length % 5 == 4 ? text[..^1] + "é" : text);
                var buffer = CompactJsonBuffer.Rent(new Utf8JsonWriter(Stream.Null, ArticleJsonWriter.Options(indented: false)));
                buffer.StartObject();
                for (int copy = 0; copy < 3; copy++)
                {
                    buffer.String(name, value);
                    buffer.Null(name);
                }

                buffer.EndObject();
                var expected = Attempt(ArticleJsonWriter.Options(indented: false), writer =>
                {
                    writer.WriteStartObject();
                    for (int copy = 0; copy < 3; copy++)
                    {
                        writer.WriteString(encodedName, value);
                        writer.WriteNull(encodedName);
                    }

                    writer.WriteEndObject();
                }).Bytes;
                Assert.Equal(expected, Encoding.UTF8.GetString(buffer.Written));
                buffer.Return();
            }
        }
    }

    [Fact]
    public void A_null_string_and_strings_too_long_to_encode_here_are_written_as_the_writer_writes_them()
    {
        Assert.Equal("null", BufferText(null));
        foreach (var value in new[] { new string('a', 70_000), "中" + new string('文', 65_536) + "\"", new string('x', 70_000) + "\uD800" })
            Assert.True(WriterBytes(value).AsSpan().SequenceEqual(BufferBytes(value)), $"a string of {value.Length} characters");
    }

    [Fact]
    public void An_article_taken_as_compact_bytes_is_what_the_writer_writes_in_arrays_the_pool_takes_back()
    {
        // Long enough to outgrow a small array: the second article is written into the 16 bytes
        // the first was exchanged for, and grows from there.
        var article = TestArticle.Parse("Headline\n\n“Quoted,” he said.\n\n中文段落。\n\n" + string.Concat(Enumerable.Repeat("A sentence of a long paragraph. ", 1_500)), _ => { });
        var expected = Attempt(ArticleJsonWriter.Options(indented: false), writer => ArticleJsonWriter.Write(writer, article)).Bytes;
        foreach (var size in new[] { 16, 16, 32 * 1024 })
        {
            var storage = new byte[size];
            var given = storage;
            Assert.True(ArticleJsonWriter.TryWriteCompact(article, ref storage, out int length));
            Assert.NotSame(given, storage);
            Assert.Equal(expected, Encoding.UTF8.GetString(storage, 0, length));
            Assert.True(System.Numerics.BitOperations.IsPow2(storage.Length), $"{storage.Length} bytes");
            System.Buffers.ArrayPool<byte>.Shared.Return(storage);
        }

        // A paragraph of 60,000 characters reserves six bytes a character and grows the buffer far
        // past its bytes: those are copied into an array of their size rather than the large one
        // handed over, and a short article after it is copied into the caller's own array.
        var longArticle = TestArticle.Parse("Headline\n\n" + new string('x', 60_000), _ => { });
        var shortArticle = TestArticle.Parse("Headline\n\nShort.", _ => { });
        foreach (var next in new[] { longArticle, shortArticle, article, shortArticle })
        {
            var nextExpected = Attempt(ArticleJsonWriter.Options(indented: false), writer => ArticleJsonWriter.Write(writer, next)).Bytes;
            var storage = System.Buffers.ArrayPool<byte>.Shared.Rent(32 * 1024);
            var given = storage;
            Assert.True(ArticleJsonWriter.TryWriteCompact(next, ref storage, out int length));
            Assert.Equal(nextExpected, Encoding.UTF8.GetString(storage, 0, length));
            Assert.True(ReferenceEquals(given, storage) || storage.Length <= 2 * (long)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)length),
                $"{storage.Length} bytes held for {length}");
            if (next == shortArticle) Assert.Same(given, storage);
            System.Buffers.ArrayPool<byte>.Shared.Return(storage);
        }

        // Custom members are written through a writer only: nothing is exchanged.
        var custom = TestArticle.Parse("Headline\n\nA paragraph.", writer => writer.WriteString("extra", "x"));
        var kept = new byte[64];
        var before = kept;
        Assert.False(ArticleJsonWriter.TryWriteCompact(custom, ref kept, out int none));
        Assert.Same(before, kept);
        Assert.Equal(0, none);
    }

    [Fact]
    public void An_article_with_custom_members_is_written_through_the_writer_comments_and_depth_limits_included()
    {
        // Custom members are written through the target writer itself: a comment among them is
        // placed as the writer places it, and a depth limit they reach throws the writer's own
        // exception, with its own message.
        var plain = TestArticle.Parse("Headline\n\nA paragraph.", _ => { });
        var commented = TestArticle.Parse("Headline\n\nA paragraph.", writer =>
        {
            // Nested eight levels below the article: deeper than its own members go (seven), so
            // that limits of 8–9 throw in the custom members only.
            writer.WriteCommentValue("custom");
            for (int level = 0; level < 8; level++) writer.WriteStartObject(level == 0 ? "nested" : "deeper");
            for (int level = 0; level < 8; level++) writer.WriteEndObject();
        });

        foreach (var article in new[] { plain, commented })
        {
            for (int maxDepth = 0; maxDepth <= 10; maxDepth++)
            {
                var options = ArticleJsonWriter.Options(indented: false);
                options.MaxDepth = maxDepth;
                var (bytes, error) = Attempt(options, writer => ArticleJsonWriter.Write(writer, article));
                var (expected, expectedError) = Attempt(options, writer => ArticleJsonWriter.WriteThroughWriter(writer, article));
                Assert.Equal(expectedError, error);
                Assert.Equal(expected, bytes);
            }
        }

        Assert.Contains("[]/*custom*/,\"nested\":{\"deeper\":{\"deeper\":{", Attempt(ArticleJsonWriter.Options(indented: false), writer => ArticleJsonWriter.Write(writer, commented)).Bytes);
    }

    [Fact]
    public void Speakers_quotes_repeat_the_bytes_of_the_quotes_text_and_past_the_search_budget_are_encoded_as_the_writer_writes_them()
    {
        // Eighty speakers, each quoted in every eightieth paragraph of 4,800: the quotes differ (an
        // escape, Chinese, the paragraph's number), so a text repeated from the wrong quote shows.
        // Every speaker's search starts over at the section's first quote, so together they need
        // far more steps than the budget (8 per quote): the later speakers' texts are encoded.
        const int Speakers = 80, Paragraphs = 4_800;
        var text = new StringBuilder("Headline\n");
        for (int i = 0; i < Paragraphs; i++)
            text.Append("\n“Words \\ number ").Append(i).Append(" of \"ours\" 第").Append(i).Append("段,” said ").Append(SurnameOf(i % Speakers)).Append(".\n");
        var article = TestArticle.Parse(text.ToString(), _ => { });

        Assert.Equal(Speakers, article.Speakers.Count);
        // The statement and the word quoted inside it ("ours"), both the speaker's.
        Assert.All(article.Speakers, speaker => Assert.Equal(2 * Paragraphs / Speakers, speaker.Quotes.Count));
        var expected = Attempt(ArticleJsonWriter.Options(indented: false), writer => ArticleJsonWriter.WriteThroughWriter(writer, article)).Bytes;
        Assert.Equal(expected, Attempt(ArticleJsonWriter.Options(indented: false), writer => ArticleJsonWriter.Write(writer, article)).Bytes);
    }

    [Fact]
    public void Quote_text_marks_find_a_speakers_quotes_by_reference_going_forward_within_the_budget()
    {
        var quotes = Enumerable.Range(0, 600).Select(i => new Quote(new TextValue($"q{i}", new TextSpan(i, 2)), i + 1, "S", QuoteKind.Direct)).ToList();
        var speakers = new List<Speaker> { new("S", SpeakerKind.Person, [], quotes) };
        var marks = QuoteTextMarks.For(quotes, speakers, canRepeat: true);
        for (int i = 0; i < quotes.Count; i++) marks.Note(i, 10 * i, (10 * i) + 7);

        // Found by reference from where the last search stopped; an equal quote that is another
        // object is not the same quote, and a miss ends the speaker's search (its later quotes are
        // its captions'), so nothing after it is looked for.
        int next = 0;
        Assert.True(marks.TryFind(quotes[3], ref next, out int start, out int end));
        Assert.Equal((30, 37, 4), (start, end, next));
        Assert.False(marks.TryFind(quotes[5] with { }, ref next, out _, out _));
        Assert.Equal(quotes.Count, next);
        Assert.False(marks.TryFind(quotes[599], ref next, out _, out _));
        next = 4;
        Assert.False(marks.TryFind(quotes[2], ref next, out _, out _));
        next = 4;
        Assert.True(marks.TryFind(quotes[599], ref next, out start, out end));
        Assert.Equal((5990, 5997, 600), (start, end, next));

        // The budget is 8 steps a quote (4,800 here, more than the least, 4,096), a step being a
        // quote passed over: 3 + 596 + 0 + 596 + 595 = 1,790 so far. The 3,010 left take five more
        // searches for quote 599 from the start (599 steps each), not six.
        int finds = 0;
        for (next = 0; finds < 10 && marks.TryFind(quotes[599], ref next, out _, out _); next = 0) finds++;
        Assert.Equal(5, finds);
        marks.Return();

        // No marks where the sink cannot repeat, nobody is listed again, or the quotes are not a List (searched as a span).
        foreach (var none in new[] { QuoteTextMarks.For(quotes, speakers, canRepeat: false), QuoteTextMarks.For(quotes, [], canRepeat: true), QuoteTextMarks.For(quotes.ToArray(), speakers, canRepeat: true) })
        {
            none.Note(0, 1, 2);
            next = 0;
            Assert.False(none.TryFind(quotes[0], ref next, out _, out _));
        }
    }

    // A surname the attributor takes for a person: two syllables, capitalised.
    private static string SurnameOf(int n)
    {
        string[] syllables = ["Kar", "Mel", "Dor", "Vin", "Tal", "Bren", "Sor", "Lud", "Fen"];
        return syllables[n % 9] + syllables[n / 9 % 9].ToLowerInvariant() + "ski";
    }

    private static (string Bytes, string? Error) Attempt(System.Text.Json.JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var stream = new MemoryStream();
        try
        {
            using var writer = new Utf8JsonWriter(stream, options);
            write(writer);
        }
        catch (InvalidOperationException e)
        {
            return ("", e.GetType().Name + ": " + e.Message);
        }

        return (Encoding.UTF8.GetString(stream.ToArray()), null);
    }

    private static string BufferText(string? value)
    {
        var buffer = CompactJsonBuffer.Rent(new Utf8JsonWriter(Stream.Null, ArticleJsonWriter.Options(indented: false)));
        buffer.StringValue(value);
        var text = Encoding.UTF8.GetString(buffer.Written);
        buffer.Return();
        return text;
    }

    private static byte[] WriterBytes(string value)
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ArticleJsonWriter.Options(indented: false))) writer.WriteStringValue(value);
        return stream.ToArray();
    }

    private static byte[] BufferBytes(string value)
    {
        var buffer = CompactJsonBuffer.Rent(new Utf8JsonWriter(Stream.Null, ArticleJsonWriter.Options(indented: false)));
        buffer.StringValue(value);
        var bytes = buffer.Written.ToArray();
        buffer.Return();
        return bytes;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));

    [Fact]
    public void A_number_whose_name_was_made_before_is_written_as_the_writer_writes_it_up_to_the_buffers_edge()
    {
        // Number writes a small number without a call only when its name's padded bytes exist and
        // there is room: names around the padding, values either side of one and two digits and
        // negative ones, after a value (a comma) and not, with 0 to 5 bytes beyond the padded name.
        int[] values = [0, 9, 10, 99, 100, -1, -10, int.MinValue];
        for (int nameLength = 1; nameLength <= 2 * JsonName.Padding + 2; nameLength++)
        foreach (int value in values)
        foreach (bool afterValue in new[] { true, false })
        for (int spare = 0; spare <= 5; spare++)
        {
            var text = new string('n', nameLength);
            var name = new JsonName(JsonNames.Encode(text));
            var (buffer, at, capacity) = BufferAtEdge(name, spare, afterValue);

            buffer.Number(name, value);
            buffer.Null(name);

            string context = $"a name of {nameLength}, {value}, {spare} to spare, after a value: {afterValue}";
            string expected = (afterValue ? "," : "") + $"\"{text}\":{value.ToString(CultureInfo.InvariantCulture)},\"{text}\":null";
            Assert.True(expected == Encoding.UTF8.GetString(buffer.Written[at..]), context);
            // Unless the buffer grew, the comma and the whole padded name were within it.
            Assert.True(buffer.Capacity > capacity || at + (afterValue ? 1 : 0) + name.Quoted.Length <= capacity, context);
            buffer.Return();
        }
    }

    [Fact]
    public void Nulls_and_encoded_values_whose_name_was_made_before_are_written_as_the_writer_writes_them_up_to_the_buffers_edge()
    {
        // Null and String(name, JsonEncodedText) write in line, as Number does, where the padded
        // name and their value have room: values of 0 to 17 bytes (one byte, two overlapping
        // copies of 2, 4 or 8, or out of line), UTF-8 and escapes among them, each with 0 to 20
        // bytes beyond the padded name, after a value and first in an object; then one member more,
        // whose comma shows that the value was counted as one.
        var values = Enumerable.Range(0, 18).Select(n => new string('v', n)).Append("中文").Append("\"").Append("\n\u0001")
            .Select(v => (Text: (string?)v, Encoded: JsonNames.Encode(v))).Prepend((null, default)).ToArray();
        for (int nameLength = 1; nameLength <= 2 * JsonName.Padding + 2; nameLength++)
        foreach (var (valueText, value) in values)
        foreach (bool afterValue in new[] { true, false })
        for (int spare = 0; spare <= 20; spare++)
        {
            var text = new string('n', nameLength);
            var name = new JsonName(JsonNames.Encode(text));
            var (buffer, at, capacity) = BufferAtEdge(name, spare, afterValue);

            if (valueText is null) buffer.Null(name);
            else buffer.String(name, value);
            int end = buffer.Length;
            buffer.Number(name, 7);

            string context = $"a name of {nameLength}, {(valueText is null ? "null" : $"{value.EncodedUtf8Bytes.Length} bytes")}, {spare} to spare, after a value: {afterValue}";
            // An in-line write that counted too little room ends past the array (and wrote past it).
            Assert.True(end <= capacity || buffer.Capacity > capacity, context);
            string written = valueText is null ? "null" : $"\"{Encoding.UTF8.GetString(value.EncodedUtf8Bytes)}\"";
            string expected = (afterValue ? "," : "") + $"\"{text}\":{written},\"{text}\":7";
            Assert.True(expected == Encoding.UTF8.GetString(buffer.Written[at..]), context);
            Assert.True(buffer.Capacity > capacity || at + (afterValue ? 1 : 0) + name.Quoted.Length <= capacity, context);
            buffer.Return();
        }
    }

    // A buffer whose next member `name` (made before: its padded bytes exist) leaves `spare` bytes
    // beyond its padded bytes, after a value (a comma first) or first in an object; where that
    // member starts, and the capacity before it.
    private static (CompactJsonBuffer Buffer, int At, int Capacity) BufferAtEdge(JsonName name, int spare, bool afterValue)
    {
        var buffer = CompactJsonBuffer.Rent(new Utf8JsonWriter(Stream.Null, ArticleJsonWriter.Options(indented: false)));
        buffer.StartObject();
        buffer.String(name, "filler"); // makes the name's padded bytes
        int target = buffer.Capacity - name.Quoted.Length - spare - (afterValue ? 1 : name.QuotedLength + 1);
        while (buffer.Length < target) buffer.Repeat(0, Math.Min(buffer.Length, target - buffer.Length));
        if (!afterValue) buffer.StartObject(name);
        return (buffer, buffer.Length, buffer.Capacity);
    }
}
