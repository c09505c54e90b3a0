namespace DocSchema.Generator.Tests.Support;

/// <summary>Schema texts shared by several test classes.</summary>
internal static class SchemaTexts
{
    /// <summary>
    /// A valid schema that uses most of the language (every top-level key, every standard role,
    /// a custom role with fields, block scalars and escapes), resolving with no diagnostics
    /// against the built-ins alone.
    /// </summary>
    public const string WireStory = """
        # A wire story: headline, byline, body with a dateline, related links.
        schema: wire-story
        type: WireStoryArticle
        namespace: DocSchema.Tests.Schemas
        doc: An English wire story.
        blocks: paragraphs
        import: []
        detect:
          - {contains: "Reuters", weight: 2}
          - {block: "'By ' any+", weight: 1}
        patterns:
          agency-tag: "'(' {agency: @agency} ')'"
          kicker-text:
            pattern: |
              upper+ # a word in capitals
              (space upper+)*
            doc: A kicker.
        layout:
          - headline: {match: "@headline", optional: true}
          - byline:
              match: '''By '' {name: @name-run} ('','' space+ {agency: any+})?'
              doc: The reporter.
              fields: {name: text, agency: text?}
          - caption:
              count: "?"
              match: >-
                {text: any*?} space*
                '(' {credit: [^()]+} ')'
          - body:
              dateline: "@en-dateline"
              end: ["'Reporting by'", "'热门新闻' $"]
          - boilerplate:
              related:
                after: "'Related'"
                separator: "'Read more'"
                item:
                  - headline: {}
                  - teaser: {dateline: "@en-dateline"}
        """;
}
