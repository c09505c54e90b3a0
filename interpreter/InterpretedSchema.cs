using System.Text.Json;
using DocSchema.Generator.Model;
using DocSchema.Runtime.Articles;
using DocSchema.Runtime.Blocks;
using DocSchema.Runtime.Datelines;
using DocSchema.Runtime.Json;
using DocSchema.Runtime.Languages;
using DocSchema.Runtime.Patterns;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Interpreter;

/// <summary>
/// A schema read at run time and interpreted: the layout is walked by this class and patterns are
/// Sprache parsers, with the same rules the generator compiles into C# (docs/schema-language.md).
/// The reference the generated parsers are tested against.
/// </summary>
public sealed class InterpretedSchema
{
    private readonly SchemaModel _model;
    private readonly PatternCombinators _combinators;
    private readonly Dictionary<PatternSpec, BlockPattern> _whole = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PatternSpec, BlockPattern> _prefix = new(ReferenceEqualityComparer.Instance);

    internal InterpretedSchema(SchemaModel model)
    {
        _model = model;
        _combinators = new PatternCombinators(model.Patterns);
    }

    /// <summary>The schema's name.</summary>
    public string Name => _model.Name;

    private BlockPattern Whole(PatternSpec spec) =>
        _whole.TryGetValue(spec, out var pattern) ? pattern : _whole[spec] = new BlockPattern(_combinators.Whole(spec.Root));

    private BlockPattern Prefix(PatternSpec spec) =>
        _prefix.TryGetValue(spec, out var pattern) ? pattern : _prefix[spec] = new BlockPattern(_combinators.Prefix(spec.Root));

    /// <summary>Parses <paramref name="source"/>.</summary>
    public ParseResult<InterpretedArticle> Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var context = new ParseContext(source);
        var builder = new ArticleBuilder(context);
        var blocks = BlockSplitter.Split(source, Mode);
        var cursor = new BlockCursor(blocks);
        var custom = new List<Action<Utf8JsonWriter>>();
        RunLayout(_model.Layout, cursor, source, context, builder, custom);
        if (!cursor.AtEnd) context.ReportUnreadBlocks(blocks.Length - cursor.Index, cursor.Current.Span);
        // The captures' storage left for the thread's next parse, as a generated parser leaves it.
        context.Release();
        return new ParseResult<InterpretedArticle>(new InterpretedArticle(Name, builder, custom), context.Diagnostics);
    }

    /// <summary>The sum of the weights of the <c>detect:</c> signals found in <paramref name="text"/>.</summary>
    public int Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = SourceText.From(text);
        var blocks = _model.Detect.Any(d => d.Block is not null || d.LanguageSections.Count > 0) ? BlockSplitter.Split(source, Mode) : [];
        var score = 0;
        foreach (var signal in _model.Detect)
        {
            if (signal.Contains is { } contains)
            {
                if (text.Contains(contains, StringComparison.Ordinal)) score += signal.Weight;
            }
            else if (signal.Block is { } block)
            {
                if (blocks.Any(b => Prefix(block).Run(source, b.Span) is not null)) score += signal.Weight;
            }
            else if (signal.LanguageSections.Count > 0)
            {
                var scripts = signal.LanguageSections.Select(l => l == "zh" ? Script.Han : Script.Latin).ToArray();
                if (SectionSplitter.HasSections(source, blocks, scripts)) score += signal.Weight;
            }
            else
            {
                score += signal.Weight;
            }
        }
        return score;
    }

    private BlockMode Mode => _model.Blocks switch { "lines" => BlockMode.Lines, "auto" => BlockMode.Auto, _ => BlockMode.Paragraphs };

    private void RunLayout(IEnumerable<LayoutElement> layout, BlockCursor cursor, SourceText source, ParseContext context, ArticleBuilder builder, List<Action<Utf8JsonWriter>> custom)
    {
        foreach (var element in layout)
        {
            switch (element)
            {
                case BlockRoleElement role:
                    RunBlockRole(role, cursor, source, context, builder, custom);
                    break;
                case BodyElement body:
                    RunBody(body, cursor, source, builder);
                    break;
                case BoilerplateElement boilerplate:
                    if (cursor.AtEnd) break;
                    var region = TextSpan.FromBounds(cursor.Current.Span.Start, source.Length);
                    builder.SetBoilerplate(region);
                    if (boilerplate.Related is { } related) RunRelated(related, region, source, builder);
                    cursor.MoveToEnd();
                    break;
                case SectionsElement sections:
                    if (sections.Align) builder.AlignSections = true;
                    foreach (var sectionBlocks in SectionSplitter.ByScript(source, cursor.Remaining()))
                    {
                        builder.BeginSection();
                        var section = new BlockCursor(sectionBlocks);
                        RunLayout(sections.Layout, section, source, context, builder, custom);
                        if (!section.AtEnd) context.ReportUnreadBlocks(sectionBlocks.Count - section.Index, section.Current.Span);
                    }
                    cursor.MoveToEnd();
                    break;
            }
        }
    }

    private void RunBlockRole(BlockRoleElement role, BlockCursor cursor, SourceText source, ParseContext context, ArticleBuilder builder, List<Action<Utf8JsonWriter>> custom)
    {
        var values = new List<Action<Utf8JsonWriter>?>();
        var count = 0;
        while ((role.Max == -1 || count < role.Max) && !cursor.AtEnd && Whole(role.Match!).Run(source, cursor.Current.Span) is { } match)
        {
            var block = cursor.Current.Span;
            switch (role.Kind)
            {
                case BlockRoleKind.Headline:
                    builder.SetHeadline(block);
                    break;
                case BlockRoleKind.Caption:
                    builder.AddCaption(match.First("text") ?? block, match.First("credit"));
                    break;
                default:
                    values.Add(CustomValue(role, match, block, source, context));
                    break;
            }
            cursor.Advance();
            count++;
        }
        if (count < role.Min) context.ReportMissingRole(role.Role, cursor.AtEnd ? new TextSpan(source.Length, 0) : cursor.Current.Span);
        if (role.Kind == BlockRoleKind.Custom) custom.Add(CustomMember(role, values));
    }

    /// <summary>The JSON of a custom role, as the generated WriteCustomMembers writes it.</summary>
    private static Action<Utf8JsonWriter> CustomMember(BlockRoleElement role, List<Action<Utf8JsonWriter>?> values)
    {
        var name = Generator.Yaml.Names.Camel(role.Role);
        if (role.Max == 1)
        {
            return writer =>
            {
                writer.WritePropertyName(name);
                if (values.Count == 0 || values[0] is null) writer.WriteNullValue();
                else values[0]!(writer);
            };
        }
        return writer =>
        {
            writer.WriteStartArray(name);
            foreach (var value in values.Where(v => v is not null)) value!(writer);
            writer.WriteEndArray();
        };
    }

    /// <summary>Converts a custom role's captures now (so DS2004 is reported during the parse) and returns how to write them.</summary>
    private static Action<Utf8JsonWriter>? CustomValue(BlockRoleElement role, Match match, TextSpan block, SourceText source, ParseContext context)
    {
        if (role.Fields.Count == 0)
        {
            var text = source.Value(block);
            return text is { } t ? writer => writer.WriteStringValue(t.Text) : null;
        }
        var writes = new List<Action<Utf8JsonWriter>>();
        foreach (var field in role.Fields)
        {
            var name = Generator.Yaml.Names.Camel(field.Name);
            if (field.IsList)
            {
                var spans = match.All(field.Name);
                if (field.Type == FieldType.Text)
                {
                    var texts = CaptureValues.TextList(source, spans);
                    writes.Add(w => ArticleJsonWriter.WriteTexts(w, name, texts));
                }
                else
                {
                    var numbers = field.Type == FieldType.Int ? CaptureValues.IntList(source, spans) : CaptureValues.MonthList(source, spans);
                    writes.Add(w => CaptureValues.WriteNumbers(w, name, numbers));
                }
                continue;
            }
            var span = match.First(field.Name);
            switch (field.Type, field.IsOptional)
            {
                case (FieldType.Text, true):
                    var optionalText = CaptureValues.Text(source, span);
                    writes.Add(w => ArticleJsonWriter.WriteText(w, name, optionalText));
                    break;
                case (FieldType.Text, false):
                    var requiredText = CaptureValues.RequiredText(context, span, block, field.Name);
                    writes.Add(w => w.WriteString(name, requiredText.Text));
                    break;
                case (_, true):
                    var optionalNumber = field.Type == FieldType.Int ? CaptureValues.Int(source, span) : CaptureValues.Month(source, span);
                    writes.Add(w => ArticleJsonWriter.WriteNumber(w, name, optionalNumber));
                    break;
                default:
                    var requiredNumber = field.Type == FieldType.Int
                        ? CaptureValues.RequiredInt(context, span, block, field.Name)
                        : CaptureValues.RequiredMonth(context, span, block, field.Name);
                    writes.Add(w => w.WriteNumber(name, requiredNumber));
                    break;
            }
        }
        return writer =>
        {
            writer.WriteStartObject();
            foreach (var write in writes) write(writer);
            writer.WriteEndObject();
        };
    }

    private void RunBody(BodyElement body, BlockCursor cursor, SourceText source, ArticleBuilder builder)
    {
        var firstParagraph = true;
        while (!cursor.AtEnd)
        {
            var block = cursor.Current.Span;
            if (body.End.Any(end => Prefix(end).Run(source, block) is not null)) break;
            if (body.Subheading is { } subheading && Whole(subheading).Run(source, block) is not null)
            {
                builder.AddSubheading(block);
                cursor.Advance();
                continue;
            }
            if (body.Caption is { } caption && Whole(caption).Run(source, block) is { } captionMatch)
            {
                builder.AddCaption(captionMatch.First("text") ?? block, captionMatch.First("credit"));
                cursor.Advance();
                continue;
            }
            if (body.Dateline is { } dateline && firstParagraph)
            {
                firstParagraph = false;
                if (Prefix(dateline).Run(source, block) is { } match)
                {
                    builder.SetDateline(MakeDateline(builder, block.Start, match));
                    block = TextSpan.FromBounds(match.End, block.End);
                }
            }
            builder.AddParagraph(block);
            cursor.Advance();
        }
    }

    private static Dateline? MakeDateline(ArticleBuilder builder, int start, Match match) =>
        builder.MakeDateline(TextSpan.FromBounds(start, match.End), match.All("places"), match.First("day"), match.First("month"), match.First("year"), match.First("agency"));

    private void RunRelated(RelatedSpec related, TextSpan region, SourceText source, ArticleBuilder builder)
    {
        var lines = BlockSplitter.Split(source, BlockMode.Lines, region);
        var separator = Whole(related.Separator);
        bool IsSeparator(int i) => separator.Run(source, lines[i].Span) is not null;
        var index = 0;
        if (related.After is { } after)
        {
            while (index < lines.Length && Whole(after).Run(source, lines[index].Span) is null) index++;
            index++;
        }
        while (index < lines.Length)
        {
            if (!IsSeparator(index))
            {
                index++;
                continue;
            }
            index++;
            TextSpan? caption = null, headline = null, section = null, teaser = null;
            Dateline? dateline = null;
            foreach (var slot in related.Slots)
            {
                if (index >= lines.Length || IsSeparator(index)) continue;
                if (slot.Joined && lines[index].FollowsBlankLine) continue;
                if (slot.Match is { } match && Whole(match).Run(source, lines[index].Span) is null) continue;
                var line = lines[index].Span;
                if (slot.Name == "teaser" && slot.Dateline is { } datelinePattern && Prefix(datelinePattern).Run(source, line) is { } datelineMatch)
                {
                    dateline = MakeDateline(builder, line.Start, datelineMatch);
                    line = TextSpan.FromBounds(datelineMatch.End, line.End);
                }
                switch (slot.Name)
                {
                    case "caption": caption = line; break;
                    case "headline": headline = line; break;
                    case "section": section = line; break;
                    default: teaser = line; break;
                }
                index++;
            }
            while (index < lines.Length && !IsSeparator(index)) index++;
            if (headline is { } h) builder.AddRelated(caption, h, section, dateline, teaser);
        }
    }
}
