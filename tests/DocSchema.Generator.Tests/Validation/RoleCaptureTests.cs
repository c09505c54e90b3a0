using DocSchema.Generator.Tests.Support;

namespace DocSchema.Generator.Tests.Validation;

/// <summary>
/// Standard roles have fixed capture names (caption: text, credit; dateline: places, day,
/// month, year, agency); any other capture there is DS0011, with the nearest allowed name.
/// </summary>
public class RoleCaptureTests
{
    [Fact]
    public void CaptionCaptureWithAMisspeltName()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - caption:
                  match: "{txt: any*?} {credit: '(' any+ ')'}"
            """);

        Assert.Null(unit.Schema);
        // Reported at the pattern (its opening quote): a capture can come from a referenced
        // pattern in another file, so the role's own pattern is the place the author can act on.
        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0011", 3, 13);
        Assert.Equal("capture `txt` means nothing in a caption; its captures are `text`, `credit`; did you mean `text`?", diagnostic.Message);
    }

    [Fact]
    public void CaptionCapturesInTheBody()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - body:
                  caption: "{text: any*?} '(' {who: any+} ')'"
            """);

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0011", 3, 15);
        Assert.StartsWith("capture `who` means nothing in a caption", diagnostic.Message);
    }

    [Fact]
    public void DatelineCaptures()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - body:
                  dateline: "'(' {city: han+} {day: digit+} '日讯)'"
            """);

        var diagnostic = DiagnosticAssert.Single(unit.Diagnostics, "DS0011", 3, 16);
        Assert.Contains("capture `city` means nothing in a dateline; its captures are `places`, `day`, `month`, `year`, `agency`", diagnostic.Message);
    }

    [Fact]
    public void AllowedDatelineCaptures()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - body:
                  dateline: "{places: han+} {year: digit{4}} {month: digit+} {day: digit+} {agency: latin+}"
            """);

        DiagnosticAssert.None(unit.Diagnostics);
    }

    [Fact]
    public void TeaserDatelineCaptures()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - boilerplate:
                  related:
                    separator: "'Read more'"
                    item:
                      - headline
                      - teaser: {dateline: "{where: han+} '讯'"}
            """);

        DiagnosticAssert.Single(unit.Diagnostics, "DS0011", 7, 31);
    }

    [Fact]
    public void CaptionsInsideSections()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - sections:
                  layout:
                    - caption: {match: "{txt: any+}"}
            """);

        DiagnosticAssert.Single(unit.Diagnostics, "DS0011", 4, 27);
    }

    [Fact]
    public void CaptureFromAReferencedPatternCounts()
    {
        var unit = Resolve.Schema("""
            schema: a
            patterns:
              my-caption: "{txt: any+}"
            layout:
              - caption: {match: "@my-caption"}
            """);

        DiagnosticAssert.Single(unit.Diagnostics, "DS0011", 4, 21);
    }

    [Fact]
    public void BuiltInDatelinesUseOnlyDatelineCaptures()
    {
        var unit = Resolve.Schema("""
            schema: a
            layout:
              - body: {dateline: "@zh-dateline | @en-dateline"}
            """);

        DiagnosticAssert.None(unit.Diagnostics);
    }
}
