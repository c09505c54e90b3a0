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

    /// <summary>
    /// A schema that makes the generator write every kind of code it has (detection by text, block
    /// and language sections, custom roles of each shape, body, sections, related teasers), with
    /// <paramref name="top"/> after its name (lines of other top-level keys) and
    /// <paramref name="roles"/> first in its layout (lines of roles).
    /// </summary>
    public static string Everything(string schema, string top = "", string roles = "") => $$$"""
        schema: {{{schema}}}
        {{{top}}}detect:
          - {contains: "x", weight: 1}
          - {block: "'x'", weight: 1}
          - {language-sections: [zh, en], weight: 1}
        layout:
        {{{roles}}}  - kicker: {match: "{a: 'x'}? {n: digit}*", fields: {n: list<int>}}
          - body: {dateline: "'(' {places: han+} ')'", subheading: "'y'", caption: "'c' {text: any+}", end: ["'z'"]}
          - sections:
              split: language
              layout: [headline, body]
          - boilerplate:
              related:
                after: "'r'"
                separator: "'s'"
                item:
                  - headline: {}
                  - teaser: {dateline: "{places: upper+} ':'"}
        """;
}
