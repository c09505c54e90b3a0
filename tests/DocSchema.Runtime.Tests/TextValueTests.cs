using System.Text;
using System.Text.Json;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// A value a parser reads is a slice of its document whose string is made when first read
/// (<see cref="TextValue"/>): it must read, compare and write exactly as a value made from its
/// string, and give the same string at every read, from any thread.
/// </summary>
public class TextValueTests
{
    private const string Document = "  Trump said \"no\".  \n第二段，中文。\n";

    private static readonly TextSpan FirstLine = new(0, 20);
    private static readonly TextSpan FirstValue = new(2, 16);

    private static readonly int[] Strides = [1, 1, 1, 1, 3, 7, 9, 11];

    [Fact]
    public void A_slice_reads_as_its_trimmed_text_and_gives_the_same_string_at_every_read_and_copy()
    {
        var source = SourceText.From(Document);
        var value = source.Value(FirstLine)!.Value;
        var copy = value;
        var again = source.Value(FirstLine)!.Value;

        Assert.Equal("Trump said \"no\".", value.Text);
        Assert.Equal(FirstValue, value.Span);
        Assert.Same(value.Text, value.Text);
        Assert.Same(value.Text, copy.Text);
        Assert.Same(value.Text, again.Text);
        Assert.Same(value.Text, value.ToString());
        Assert.Same(value.Text, (string)value);
        var (text, span) = value;
        Assert.Same(value.Text, text);
        Assert.Equal(FirstValue, span);
    }

    [Fact]
    public void A_slice_equals_the_value_made_from_its_string_and_hashes_alike()
    {
        var source = SourceText.From(Document);
        var slice = source.Value(FirstLine)!.Value;
        var made = new TextValue("Trump said \"no\".", FirstValue);

        Assert.True(slice.Equals(made));
        Assert.True(made.Equals(slice));
        Assert.True(slice == made);
        Assert.False(slice != made);
        Assert.True(slice.Equals((object)made));
        Assert.Equal(made.GetHashCode(), slice.GetHashCode());

        // Asked before any string is made, and after: the answer is the same.
        var fresh = SourceText.From(Document).Value(FirstLine)!.Value;
        Assert.Equal(made, fresh);
        _ = fresh.Text;
        Assert.Equal(made, fresh);
    }

    [Fact]
    public void Values_differing_in_text_or_span_are_not_equal()
    {
        var source = SourceText.From(Document);
        var slice = source.Value(FirstLine)!.Value;
        var second = source.Value(new TextSpan(21, 7))!.Value;

        Assert.Equal("第二段，中文。", second.Text);
        Assert.NotEqual(slice, second);
        Assert.NotEqual(new TextValue("Trump said \"no\"!", FirstValue), slice);
        Assert.NotEqual(new TextValue("Trump said \"no\".", new TextSpan(3, 16)), slice);
        Assert.NotEqual(default, slice);
        Assert.NotEqual(new TextValue("", FirstValue), new TextValue((string)null!, FirstValue));
    }

    [Fact]
    public void Compared_with_a_string_a_slice_compares_its_characters_ordinally()
    {
        var slice = SourceText.From(Document).Value(FirstLine)!.Value;

        Assert.True(slice.Equals("Trump said \"no\"."));
        Assert.False(slice.Equals("trump said \"no\"."));
        Assert.False(slice.Equals("Trump said \"no\""));
        Assert.False(slice.Equals((string?)null));
        Assert.True(default(TextValue).Equals((string?)null));
        Assert.False(default(TextValue).Equals(""));
        Assert.False(new TextValue("", FirstValue).Equals((string?)null));
        Assert.True(new TextValue("", FirstValue).Equals(""));
        Assert.Null(default(TextValue).Text);
    }

    [Fact]
    public void A_value_with_no_text_is_written_as_null_by_both_sinks_and_the_public_writers()
    {
        // No parse makes such a value, but a caller can (default, or a value made from null): the
        // compact bytes must still be what the writer writes, a null and not an empty string.
        var name = JsonNames.Encode("v");
        var options = ArticleJsonWriter.Options(indented: false);
        var noText = new TextValue((string)null!, FirstValue);
        foreach (var value in new[] { default, noText })
        {
            var viaWriter = Written(options, writer =>
            {
                writer.WriteStartObject();
                ArticleJsonWriter.WriteText(new WriterSink(writer), name, value);
                ArticleJsonWriter.WriteTexts(new WriterSink(writer), name, [value, value]);
                writer.WriteEndObject();
            });
            var buffer = CompactJsonBuffer.Rent(options);
            var compact = new CompactSink(buffer);
            compact.StartObject();
            ArticleJsonWriter.WriteText(compact, name, value);
            ArticleJsonWriter.WriteTexts(compact, name, [value, value]);
            compact.EndObject();
            var compactText = Encoding.UTF8.GetString(buffer.Written);
            buffer.Return();

            Assert.Equal("{\"v\":null,\"v\":[null,null]}", viaWriter);
            Assert.Equal(viaWriter, compactText);
            Assert.Equal("{\"v\":null,\"vs\":[null]}", Written(options, writer =>
            {
                writer.WriteStartObject();
                ArticleJsonWriter.WriteText(writer, "v", value);
                ArticleJsonWriter.WriteTexts(writer, "vs", [value]);
                writer.WriteEndObject();
            }));
        }
    }

    [Fact]
    public void A_slice_given_another_span_keeps_its_text_as_a_value_made_from_a_string_does()
    {
        var source = SourceText.From(Document);
        var slice = source.Value(FirstLine)!.Value;
        var moved = slice with { Span = new TextSpan(21, 7) };
        var renamed = slice with { Text = "elsewhere" };

        Assert.Equal("Trump said \"no\".", moved.Text);
        Assert.Equal(new TextSpan(21, 7), moved.Span);
        Assert.Equal(new TextValue("Trump said \"no\".", new TextSpan(21, 7)), moved);
        Assert.Equal("elsewhere", renamed.Text);
        Assert.Equal(FirstValue, renamed.Span);
        Assert.Equal("Trump said \"no\".", slice.Text);
    }

    [Fact]
    public void Threads_reading_the_same_values_at_once_all_get_one_string_each()
    {
        // Fresh documents, so that the threads meet while the table of strings is made and grows;
        // each thread on a thread of its own, started together.
        var text = new StringBuilder();
        var spans = new List<TextSpan>();
        for (int i = 0; i < 2_000; i++)
        {
            var line = $"Paragraph {i} of many, “quoted {i}”.";
            spans.Add(new TextSpan(text.Length, line.Length));
            text.Append(line).Append('\n');
        }

        for (int document = 0; document < 16; document++)
        {
            var source = SourceText.From(text.ToString());
            var values = spans.Select(span => source.Value(span)!.Value).ToArray();
            var seen = new string[Strides.Length][];
            var failures = new Exception?[Strides.Length];
            using var start = new Barrier(seen.Length);
            var threads = Enumerable.Range(0, seen.Length).Select(thread => new Thread(() =>
            {
                // Half of them in the same order, so that they ask for the same value at once; the
                // others each in its own (a stride prime to 2,000 visits every value). A table
                // written by two threads at once throws, or makes two strings: kept to be reported.
                seen[thread] = new string[values.Length];
                start.SignalAndWait();
                try
                {
                    for (int k = 0; k < values.Length; k++)
                    {
                        int i = (k * Strides[thread]) % values.Length;
                        seen[thread][i] = values[i].Text;
                    }
                }
                catch (Exception e)
                {
                    failures[thread] = e;
                }
            })).ToList();
            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());

            Assert.All(failures, Assert.Null);
            for (int i = 0; i < values.Length; i++)
            {
                Assert.Equal($"Paragraph {i} of many, “quoted {i}”.", seen[0][i]);
                for (int thread = 1; thread < seen.Length; thread++) Assert.Same(seen[0][i], seen[thread][i]);
            }
        }
    }

    [Fact]
    public void The_strings_table_keeps_one_string_per_span_through_its_growth()
    {
        // A short text (the table's smallest size, 16) read at far more spans than it first holds,
        // overlapping and sharing starts: every span keeps its own string, the same at every read.
        const string Text = "abcdefghijklmnopqrstuvwxyz0123456789";
        var strings = new ValueStrings(Text);
        var made = new Dictionary<TextSpan, string>();
        for (int start = 0; start < Text.Length; start++)
        {
            for (int length = 1; start + length <= Text.Length; length += 3)
                made[new TextSpan(start, length)] = strings.Get(new TextSpan(start, length));
        }

        Assert.True(made.Count > 200);
        foreach (var (span, text) in made)
        {
            Assert.Equal(Text.Substring(span.Start, span.Length), text);
            Assert.Same(text, strings.Get(span));
        }

        Assert.Equal("", strings.Get(new TextSpan(5, 0)));
    }

    [Fact]
    public void An_articles_values_are_written_from_their_characters_as_the_writer_writes_their_strings()
    {
        // A lone surrogate (the writer's \uFFFD) and a paragraph too long to be encoded here, both
        // slices of the document: the compact bytes, the writer's and the strings' must agree.
        var article = TestArticle.Parse("Headline \uD800 alone\n\n" + new string('段', 70_000) + "\n\nA “short” one.", _ => { });
        var options = ArticleJsonWriter.Options(indented: false);

        var compact = Written(options, writer => ArticleJsonWriter.Write(writer, article));
        var throughWriter = Written(options, writer => ArticleJsonWriter.WriteThroughWriter(writer, article));

        Assert.Equal(throughWriter, compact);
        using var json = JsonDocument.Parse(compact);
        Assert.Equal("Headline \uFFFD alone", json.RootElement.GetProperty("headline").GetString());
        var paragraphs = json.RootElement.GetProperty("paragraphs");
        Assert.Equal(article.Paragraphs[0].Text.Text, paragraphs[0].GetProperty("text").GetString());
        Assert.Equal("A “short” one.", paragraphs[1].GetProperty("text").GetString());
    }

    private static string Written(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options)) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
