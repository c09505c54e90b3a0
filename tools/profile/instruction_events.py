"""One function's instructions with an event's count a document each, beside their disassembly.

Usage: instruction_events.py DOCSCHEMA DOCSCHEMA_DBG SMALL.cg LARGE.cg COPIES FUNCTION [EVENT] [MIN]

SMALL.cg and LARGE.cg are callgrind runs as for callgrind_per_document.py, made with
`--dump-instr=yes` and, for the events beyond instructions, `--branch-sim=yes` (Bc: conditional
branches executed, Bcm: mispredicted) or `--cache-sim=yes` (D1mr, I1mr and the rest, as in
cache_misses.py). FUNCTION is the end of a symbol's name (LatinLanguageClassifier__Read); every
instruction the executable's symbols put in it is listed in address order with its instructions
(Ir) and EVENT (default Bcm) a document, those with at least MIN (default 5) of either. The
twenty-second round of docs/performance-history.md found its branches this way: valgrind's branch
simulation is a simple predictor (a table of two-bit counters by address), so a loop's exit is
counted mispredicted more often than a processor with branch history would; a branch on data,
such as whether a lookup found its key, is what it shows truly.
"""
import sys

from native_symbols import NativeSymbols
from prologue_costs import LOAD_OFFSET, instruction_costs_of, instructions


def main():
    executable, dbg, small, large, copies, function = sys.argv[1:7]
    event = sys.argv[7] if len(sys.argv) > 7 else "Bcm"
    least = float(sys.argv[8]) if len(sys.argv) > 8 else 5
    copies = int(copies)
    symbols = NativeSymbols(dbg)
    texts = instructions(executable)
    inside = [address for address in sorted(texts) if (symbols.name_at(address) or "").endswith(function)]
    if not inside:
        sys.exit(f"no instructions of a function ending in {function}")
    small_ir, small_event = instruction_costs_of(small, ("Ir", event))
    large_ir, large_event = instruction_costs_of(large, ("Ir", event))

    def per_document(small_counts, large_counts, address):
        return (large_counts.get(address + LOAD_OFFSET, 0) - small_counts.get(address + LOAD_OFFSET, 0)) / copies

    total_ir = total_event = 0.0
    print(f"{'Ir':>9} {event:>9}  address  instruction")
    for address in inside:
        ir, counted = per_document(small_ir, large_ir, address), per_document(small_event, large_event, address)
        total_ir, total_event = total_ir + ir, total_event + counted
        if ir >= least or counted >= least:
            print(f"{ir:9,.1f} {counted:9,.1f}  {address:x}  {texts[address]}")
    print(f"{total_ir:9,.0f} {total_event:9,.0f}  in {symbols.name_at(inside[0])}")


if __name__ == "__main__":
    main()
