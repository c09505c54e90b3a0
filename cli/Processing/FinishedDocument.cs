using DocSchema.Cli.Output;

namespace DocSchema.Cli.Processing;

/// <summary>A document's result and its formatted record, ready to write.</summary>
/// <param name="Result">What came of the document.</param>
/// <param name="Record">Its record, in the batch's format; returned to the pool once written.</param>
internal sealed record FinishedDocument(DocumentResult Result, RecordBuffer Record);
