using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using DocSchema.Runtime.Articles;

namespace DocSchema.Generator.Tests.Support;

/// <summary>Runs a parser the generator wrote: compiles a run's output, loads it and parses a text with it.</summary>
internal static class CompiledArticle
{
    /// <summary>
    /// The article JSON of <paramref name="text"/> parsed by the generated type
    /// <paramref name="typeName"/>, after checking that its compact JSON says the same (an article
    /// with custom members takes another way to compact JSON than one without: the runtime checks
    /// for them first).
    /// </summary>
    public static JsonDocument ParseToJson(GeneratorRun run, string typeName, string text)
    {
        var article = ArticleParser(run, typeName)(text);
        var indented = JsonDocument.Parse(article.ToJson());
        var compactText = article.ToJson(indented: false);
        using var compact = JsonDocument.Parse(compactText);
        Assert.True(JsonElement.DeepEquals(indented.RootElement, compact.RootElement), $"the compact JSON says otherwise: {compactText}");
        return indented;
    }

    /// <summary>
    /// The generated type <paramref name="typeName"/>'s parse, from text to article, compiled and
    /// loaded once for as many texts as a test parses.
    /// </summary>
    public static Func<string, Article> ArticleParser(GeneratorRun run, string typeName)
    {
        var parse = Load(run).GetType(typeName)!.GetMethod("Parse", [typeof(string), typeof(string)])!;
        return text =>
        {
            var result = parse.Invoke(null, [text, "test.txt"])!;
            return (Article)result.GetType().GetProperty("Value")!.GetValue(result)!;
        };
    }

    /// <summary>The run's output compiled and loaded, for a test to call the generated types' members.</summary>
    public static Assembly Load(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        // A context of its own: each test compiles an assembly of the same name.
        return new AssemblyLoadContext(Guid.NewGuid().ToString("N")).LoadFromStream(new MemoryStream(stream.ToArray()));
    }
}
