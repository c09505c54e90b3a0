using System.Globalization;
using DocSchema.Runtime.Results;
using DocSchema.Runtime.Text;

namespace DocSchema.Cli.Inputs;

/// <summary>
/// Where a document's bytes were not valid in their encoding: the first invalid sequence (its byte
/// offset in the file, byte order mark included, and the offset of the U+FFFD that replaced it in
/// the text) and how many invalid sequences there were in all.
/// </summary>
/// <param name="EncodingName">The encoding the bytes were read in: <c>UTF-8</c> or <c>UTF-16</c>.</param>
/// <param name="FirstByteOffset">Zero-based offset in the file of the first byte of the first invalid sequence.</param>
/// <param name="FirstCharOffset">Offset in the decoded text of the U+FFFD that replaced that sequence.</param>
/// <param name="Count">How many invalid sequences were replaced, each by one U+FFFD.</param>
internal sealed record DecodingProblem(string EncodingName, long FirstByteOffset, int FirstCharOffset, int Count)
{
    /// <summary>The id of the diagnostic that reports it.</summary>
    public const string DiagnosticId = "DS2005";

    /// <summary>One line for people: <c>invalid UTF-8 at byte offset 17 (2 invalid sequences replaced with U+FFFD)</c>.</summary>
    public string Message =>
        string.Create(CultureInfo.InvariantCulture,
            $"invalid {EncodingName} at byte offset {FirstByteOffset} ({Count} invalid {(Count == 1 ? "sequence" : "sequences")} replaced with U+FFFD)");

    /// <summary>The problem as warning DS2005 at the first replacement character, for every parse of the text.</summary>
    public InputDiagnostic ToDiagnostic() =>
        new(DiagnosticId, DiagnosticSeverity.Warning, Message + "; the document was parsed with the replacements", new TextSpan(FirstCharOffset, 1));
}
