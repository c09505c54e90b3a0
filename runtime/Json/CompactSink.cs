using System.Text.Json;
using DocSchema.Runtime.Articles;

namespace DocSchema.Runtime.Json;

/// <summary>An article written as compact JSON bytes into a <see cref="CompactJsonBuffer"/>.</summary>
internal readonly struct CompactSink(CompactJsonBuffer buffer) : IJsonSink
{
    public void StartObject() => buffer.StartObject();

    public void StartObject(JsonName name) => buffer.StartObject(name);

    public void EndObject() => buffer.EndObject();

    public void StartArray(JsonName name) => buffer.StartArray(name);

    public void EndArray() => buffer.EndArray();

    public void String(JsonName name, string? value) => buffer.String(name, value);

    public void String(JsonName name, JsonEncodedText value) => buffer.String(name, value);

    public void StringValue(string? value) => buffer.StringValue(value);

    public void String(JsonName name, ReadOnlySpan<char> value) => buffer.String(name, value);

    public void StringValue(ReadOnlySpan<char> value) => buffer.StringValue(value);

    public void Number(JsonName name, int value) => buffer.Number(name, value);

    public void Null(JsonName name) => buffer.Null(name);

    // None: an article that writes custom members is written through the writer (CompactJsonBuffer.WritesCustomMembers).
    public void CustomMembers(Article article)
    {
    }

    public int Mark() => buffer.Length;

    public bool Repeat(int start, int end)
    {
        buffer.Repeat(start, end);
        return true;
    }
}
