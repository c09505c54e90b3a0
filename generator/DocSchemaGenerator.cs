using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using DocSchema.Generator.Diagnostics;
using DocSchema.Generator.Emit;
using DocSchema.Generator.Model;
using DocSchema.Generator.Validation;
using DocSchema.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocSchema.Generator;

/// <summary>
/// Turns every <c>*.docschema.yaml</c> among the AdditionalFiles into a typed article parser, and
/// lists them in <c>DocSchema.Generated.DocSchemaRegistry</c>. Pipeline: read each file (YAML →
/// model), resolve each schema against the pattern libraries (<c>*.patterns.yaml</c>), emit. Every
/// step's output compares by value, so unrelated edits regenerate nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DocSchemaGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild property that sets the namespace of generated types without a <c>namespace:</c>.</summary>
    public const string NamespaceProperty = "build_property.DocSchemaNamespace";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static file => IsSchema(file.Path) || IsLibrary(file.Path))
            .Select(static (file, cancellationToken) =>
                SchemaFileReader.Read(file.Path, file.GetText(cancellationToken)?.ToString() ?? ""))
            .WithTrackingName(TrackingNames.Read);

        var libraries = files
            .Where(static file => IsLibrary(file.Path))
            .Collect()
            .Select(static (parsed, _) => parsed.Where(p => p.Library is not null).Select(p => p.Library!).ToEquatableArray())
            .WithTrackingName(TrackingNames.Libraries);

        var libraryDiagnostics = files.Where(static file => IsLibrary(file.Path) && file.Diagnostics.Count > 0);
        context.RegisterSourceOutput(libraryDiagnostics, static (spc, file) => Report(spc, file.Diagnostics));

        var units = files
            .Where(static file => IsSchema(file.Path))
            .Combine(libraries)
            .Select(static (pair, _) => SchemaResolver.Resolve(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Resolve);

        var defaultNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(NamespaceProperty, out var ns) && !string.IsNullOrWhiteSpace(ns) ? ns.Trim() : null);

        var sources = units
            .Combine(defaultNamespace)
            .Select(static (pair, _) => Generate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Emit);

        context.RegisterSourceOutput(sources, static (spc, output) =>
        {
            Report(spc, output.Diagnostics);
            if (output.HintName is not null && output.Source is not null)
                spc.AddSource(output.HintName, SourceText.From(output.Source, Encoding.UTF8));
        });

        var registry = sources
            .Select(static (output, _) => output.Entry)
            .Collect()
            .WithTrackingName(TrackingNames.Registry);

        context.RegisterSourceOutput(registry, static (spc, entries) =>
        {
            var valid = entries.Where(e => e is not null).Select(e => e!).ToList();
            foreach (var duplicate in valid.GroupBy(e => e.Name).Where(g => g.Count() > 1))
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticDescriptors.DuplicateSchema), Location.None,
                    $"schema name `{duplicate.Key}` is used by {duplicate.Count()} schema files; names must be unique"));
            var unique = valid.GroupBy(e => e.FullTypeName).Select(g => g.First()).GroupBy(e => e.Name).Select(g => g.First());
            spc.AddSource("DocSchemaRegistry.g.cs", SourceText.From(RegistryEmitter.Emit(unique), Encoding.UTF8));
        });
    }

    private static bool IsSchema(string path) => path.EndsWith(".docschema.yaml", StringComparison.OrdinalIgnoreCase);

    private static bool IsLibrary(string path) => path.EndsWith(".patterns.yaml", StringComparison.OrdinalIgnoreCase);

    private static GeneratedSchema Generate(SchemaUnit unit, string? defaultNamespace)
    {
        if (unit.Schema is not { } schema) return new GeneratedSchema(null, null, null, unit.Diagnostics);
        try
        {
            var source = ArticleEmitter.Emit(schema, defaultNamespace);
            var fullName = ArticleEmitter.FullTypeName(schema, defaultNamespace);
            return new GeneratedSchema(fullName + ".g.cs", source, new RegistryEntry(schema.Name, fullName), unit.Diagnostics);
        }
        catch (Exception ex)
        {
            var error = new SchemaDiagnostic(DiagnosticDescriptors.InternalError,
                $"internal error while generating code: {ex.GetType().Name}: {ex.Message}", schema.Location);
            return new GeneratedSchema(null, null, null, unit.Diagnostics.Concat(new[] { error }).ToEquatableArray());
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<SchemaDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) context.ReportDiagnostic(ToRoslyn(diagnostic));
    }

    /// <summary>A schema diagnostic as Roslyn reports it: at the file, span, line and column of the YAML.</summary>
    internal static Diagnostic ToRoslyn(SchemaDiagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var start = new LinePosition(location.Line, location.Column);
        var roslynLocation = Location.Create(location.Path,
            new TextSpan(Math.Max(0, location.Offset), Math.Max(0, location.Length)),
            new LinePositionSpan(start, start));
        return Diagnostic.Create(DiagnosticDescriptors.Get(diagnostic.Id), roslynLocation, diagnostic.Message);
    }
}

/// <summary>The output of the emit step: the file to add (if any), the registry entry and the diagnostics.</summary>
internal sealed record GeneratedSchema(string? HintName, string? Source, RegistryEntry? Entry, EquatableArray<SchemaDiagnostic> Diagnostics);

/// <summary>Names of the pipeline steps, for GeneratorDriver step tracking in tests.</summary>
internal static class TrackingNames
{
    public const string Read = nameof(Read);
    public const string Libraries = nameof(Libraries);
    public const string Resolve = nameof(Resolve);
    public const string Emit = nameof(Emit);
    public const string Registry = nameof(Registry);
}
