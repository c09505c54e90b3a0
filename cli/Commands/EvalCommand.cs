using System.CommandLine;
using DocSchema.Cli.Evaluation;
using DocSchema.Cli.Inputs;
using DocSchema.Cli.Processing;
using DocSchema.Runtime.Registry;

namespace DocSchema.Cli.Commands;

/// <summary><c>docschema eval --gold DIR [--articles DIR] [--schema gold|auto|NAME] [--format text|json]</c></summary>
internal sealed class EvalCommand
{
    /// <summary>The <c>--schema</c> value that parses each article with the schema its gold file names.</summary>
    public const string GoldSchema = "gold";

    private readonly IReadOnlyList<SchemaInfo> _schemas;
    private readonly Option<string> _goldOption;
    private readonly Option<string?> _articlesOption;
    private readonly Option<string> _schemaOption;
    private readonly Option<string> _formatOption;

    public EvalCommand(IReadOnlyList<SchemaInfo> schemas)
    {
        _schemas = schemas;
        _goldOption = new Option<string>("--gold")
        {
            HelpName = "DIR",
            Description = "A folder of gold files NAME.yaml, each annotating the article NAME.txt (format: docs/evaluation.md).",
            Required = true,
        };
        _articlesOption = new Option<string?>("--articles")
        {
            HelpName = "DIR",
            Description = "Where the articles NAME.txt are. Default: the gold folder itself, else its sibling folder 'articles'.",
        };
        _schemaOption = new Option<string>("--schema", "-s")
        {
            HelpName = "gold|auto|NAME|FILE",
            Description = "gold: the schema each gold file names as `source`; auto: the best-scoring schema; NAME or a schema FILE: one schema for all (e.g. generic-news).",
            DefaultValueFactory = _ => GoldSchema,
        };
        _formatOption = new Option<string>("--format", "-f")
        {
            Description = "text: a table for people; json: the same scores for tools.",
            DefaultValueFactory = _ => "text",
        };
        _formatOption.AcceptOnlyFromAmong("text", "json");
        Command = new Command("eval", "Score parses against hand-checked gold annotations: quotes, speakers and structural fields.")
        {
            _goldOption,
            _articlesOption,
            _schemaOption,
            _formatOption,
        };
        Command.SetAction(Execute);
    }

    public Command Command { get; }

    public static string HelpEpilogue =>
        $"""
        Examples:
          docschema eval --gold tests/DocSchema.EndToEnd.Tests/Gold --articles samples/articles
          docschema eval --gold gold/ --schema generic-news --format json

        Scores: quote precision and recall (speech quotes and `term` quotes separately; a quote
        matches on paragraph and start), speaker accuracy over matched speech quotes, and exact
        match of headline, dateline places and day, paragraph count, subheadings, caption count,
        related count and language per section. See docs/evaluation.md.

        {ExitCodes.HelpText}
        """;

    private int Execute(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var goldDirectory = parseResult.GetRequiredValue(_goldOption);
        var schemaName = parseResult.GetRequiredValue(_schemaOption);

        if (!Directory.Exists(goldDirectory))
        {
            error.WriteLine($"docschema: no such directory: {goldDirectory}");
            return ExitCodes.Usage;
        }
        var articlesDirectory = parseResult.GetValue(_articlesOption);
        if (articlesDirectory is not null && !Directory.Exists(articlesDirectory))
        {
            error.WriteLine($"docschema: no such directory: {articlesDirectory}");
            return ExitCodes.Usage;
        }
        SchemaInfo? fixedSchema = null;
        if (schemaName is not GoldSchema and not ParseCommand.AutoSchema)
        {
            fixedSchema = SchemaChoice.Resolve(schemaName, _schemas, error);
            if (fixedSchema is null) return ExitCodes.Usage;
        }

        var goldFiles = Directory.EnumerateFiles(goldDirectory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        if (goldFiles.Count == 0)
        {
            error.WriteLine($"docschema: no gold files (*.yaml) in {goldDirectory}");
            return ExitCodes.Usage;
        }

        var scores = new List<SectionScore>();
        var failures = new List<string>();
        foreach (var goldFile in goldFiles)
        {
            var failure = Evaluate(goldFile, goldDirectory, articlesDirectory, schemaName, fixedSchema, scores);
            if (failure is not null) failures.Add(failure);
        }

        if (parseResult.GetRequiredValue(_formatOption) == "json")
        {
            output.Flush();
            using var stream = new MemoryStream();
            EvaluationReport.WriteJson(stream, scores, failures);
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
        else
        {
            EvaluationReport.WriteText(output, scores, failures);
        }
        foreach (var failure in failures) error.WriteLine("docschema: " + failure);
        return failures.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>Scores one gold file's article into <paramref name="scores"/>; returns why it could not be scored, or null.</summary>
    private string? Evaluate(string goldFile, string goldDirectory, string? articlesDirectory, string schemaName, SchemaInfo? fixedSchema, List<SectionScore> scores)
    {
        GoldDocument gold;
        try
        {
            gold = GoldReader.Read(goldFile);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return $"cannot read gold file: {ex.Message}";
        }

        var article = FindArticle(gold.Name, goldDirectory, articlesDirectory);
        if (article is null) return $"{gold.Name}: no article {gold.Name}.txt next to the gold files or in --articles";

        SchemaInfo? schema = fixedSchema;
        if (schemaName == GoldSchema)
        {
            schema = _schemas.FirstOrDefault(s => s.Name == gold.Schema);
            if (schema is null) return $"{gold.Name}: the gold file names schema '{gold.Schema ?? "(none)"}', which is not compiled in";
        }

        var result = new DocumentProcessor(_schemas, schema).Process(new InputDocument(article.Replace('\\', '/'), cancellation => DocumentReader.ReadFile(article, cancellation)));
        if (result.Article is null) return $"{gold.Name}: {result.Error?.Message ?? "not parsed"}";
        scores.AddRange(Scorer.Score(gold, result.Article));
        return null;
    }

    private static string? FindArticle(string name, string goldDirectory, string? articlesDirectory)
    {
        var candidates = articlesDirectory is not null
            ? [Path.Combine(articlesDirectory, name + ".txt")]
            : new[] { Path.Combine(goldDirectory, name + ".txt"), Path.Combine(goldDirectory, "..", "articles", name + ".txt") };
        return candidates.FirstOrDefault(File.Exists);
    }
}
