// The runtime's locals and stack buffers are not cleared on entry to its methods, as in the .NET
// libraries themselves: C# already refuses a local read before it is written, so the clearing only
// ever mattered for `stackalloc`, and every stack buffer here is read only where it was written.
// A new `stackalloc` must keep to that. Clearing took 0.6 % of the ABC page's instructions in three
// stack buffers, and another 0.2 % in locals the compiler could not prove written (docs/performance-history.md).
[module: System.Runtime.CompilerServices.SkipLocalsInit]
