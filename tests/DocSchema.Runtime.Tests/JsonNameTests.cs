using System.Reflection;
using System.Text;
using System.Text.Json;
using DocSchema.Runtime.Json;

namespace DocSchema.Runtime.Tests;

/// <summary>
/// The compact buffer copies a name's quoted form in whole vectors from an array padded past it:
/// every name of the article JSON, and names of every length around the padding, must come out as
/// the writer writes them, with nothing of the padding left behind.
/// </summary>
public class JsonNameTests
{
    private static List<string> Names()
    {
        var names = new List<string>();
        foreach (var field in typeof(JsonNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(JsonName)))
            names.Add(Encoding.UTF8.GetString(((JsonName)field.GetValue(null)!).Encoded.EncodedUtf8Bytes));
        for (int length = 1; length <= 2 * JsonName.Padding + 2; length++) names.Add(new string('n', length));
        names.Add("naïve \"quoted\" 名字");
        return names;
    }

    [Fact]
    public void Every_name_is_written_as_the_writer_writes_it_between_other_members()
    {
        foreach (var name in Names()) AssertWrittenAsTheWriterWritesIt(name);
    }

    [Fact]
    public void A_name_at_the_edge_of_the_buffer_grows_it_before_its_padding_is_copied()
    {
        // The buffer filled (with copies of its own bytes, which reserve exactly their length) to
        // where the name's padded bytes and its comma need one byte more than is left.
        foreach (var name in Names())
        {
            var jsonName = new JsonName(JsonNames.Encode(name));
            var buffer = CompactJsonBuffer.Rent(new Utf8JsonWriter(Stream.Null, ArticleJsonWriter.Options(indented: false)));
            buffer.StartObject();
            buffer.String(jsonName, "filler");
            int target = buffer.Capacity - jsonName.Quoted.Length;
            while (buffer.Length < target) buffer.Repeat(0, Math.Min(buffer.Length, target - buffer.Length));
            int capacity = buffer.Capacity;
            Assert.Equal(target, buffer.Length);

            buffer.Null(jsonName);

            Assert.True(buffer.Capacity > capacity, $"\"{name}\": the buffer did not grow");
            var expected = "," + Encoding.UTF8.GetString(jsonName.Quoted, 0, jsonName.QuotedLength) + "null";
            Assert.Equal(expected, Encoding.UTF8.GetString(buffer.Written[target..]));
            buffer.Return();
        }
    }

    private static void AssertWrittenAsTheWriterWritesIt(string name)
    {
        var jsonName = new JsonName(JsonNames.Encode(name));
        Assert.Equal(0, jsonName.Quoted.Length % JsonName.Padding);
        Assert.True(jsonName.Quoted.AsSpan(jsonName.QuotedLength).IndexOfAnyExcept((byte)0) < 0);

        var buffer = CompactJsonBuffer.Rent(new Utf8JsonWriter(Stream.Null, ArticleJsonWriter.Options(indented: false)));
        buffer.StartObject();
        buffer.Number(jsonName, 1);
        buffer.String(jsonName, "x");
        buffer.StartArray(jsonName);
        buffer.EndArray();
        buffer.EndObject();

        var expected = new MemoryStream();
        using (var writer = new Utf8JsonWriter(expected, ArticleJsonWriter.Options(indented: false)))
        {
            writer.WriteStartObject();
            writer.WriteNumber(jsonName.Encoded, 1);
            writer.WriteString(jsonName.Encoded, "x");
            writer.WriteStartArray(jsonName.Encoded);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        Assert.True(expected.ToArray().AsSpan().SequenceEqual(buffer.Written),
            $"\"{name}\": expected {Encoding.UTF8.GetString(expected.ToArray())}, wrote {Encoding.UTF8.GetString(buffer.Written)}");
        buffer.Return();
    }
}
