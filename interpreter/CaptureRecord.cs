namespace DocSchema.Interpreter;

/// <summary>One capture: its name and where it matched, as offsets in the document.</summary>
public readonly record struct CaptureRecord(string Name, int Start, int End);
