using DocSchema.Runtime.Registry;
using DocSchema.Schemas;

namespace DocSchema.Bench.Corpus;

/// <summary>
/// The shipped schemas as the CLI's generated registry lists them (ordered by name), so that the
/// bench can choose a schema by scoring as <c>parse --schema auto</c> does. The registry itself is
/// internal to the CLI assembly.
/// </summary>
public static class ShippedSchemas
{
    /// <summary>Every shipped schema, ordered by name.</summary>
    public static IReadOnlyList<SchemaInfo> All { get; } =
    [
        new(AbcNewsBilingualArticle.Name, AbcNewsBilingualArticle.Description, typeof(AbcNewsBilingualArticle).FullName!, AbcNewsBilingualArticle.Score, static source => AbcNewsBilingualArticle.Parse(source), AbcNewsBilingualArticle.MaxScore),
        new(GenericNewsArticle.Name, GenericNewsArticle.Description, typeof(GenericNewsArticle).FullName!, GenericNewsArticle.Score, static source => GenericNewsArticle.Parse(source), GenericNewsArticle.MaxScore),
        new(OrientalDailyArticle.Name, OrientalDailyArticle.Description, typeof(OrientalDailyArticle).FullName!, OrientalDailyArticle.Score, static source => OrientalDailyArticle.Parse(source), OrientalDailyArticle.MaxScore),
    ];
}
