using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Results;

/// <summary>
/// A problem found while a document's text was obtained, before it is parsed: bytes that could not
/// be decoded (DS2005), for example. Give it to <see cref="SourceText.From(string, string?, IReadOnlyList{InputDiagnostic})"/>;
/// every parse of that text starts with it among its diagnostics (located by line and column like
/// the parser's own), so it travels in <c>ParseResult.Diagnostics</c> and in the JSON.
/// </summary>
/// <param name="Id">Stable identifier, e.g. <c>DS2005</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What happened and what it means for the text.</param>
/// <param name="Span">Where in the text the problem shows (for undecodable bytes: the first replacement character).</param>
public sealed record InputDiagnostic(string Id, DiagnosticSeverity Severity, string Message, TextSpan Span);
