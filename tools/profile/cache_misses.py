"""Each function's simulated cache misses a document, beside its instructions.

Usage: cache_misses.py DOCSCHEMA_DBG SMALL.cg LARGE.cg COPIES [EVENT] [TOP]

The callgrind runs are those of callgrind_per_document.py with `--cache-sim=yes` added, which
simulates the machine's first-level caches and last-level cache (valgrind reads their sizes from
the CPU) and counts each instruction's misses. EVENT is one of the events that adds: D1mr (first
level data reads, the default), D1mw (writes), I1mr (instruction fetches), DLmr, DLmw, ILmr (last
level); or, from runs made with `--branch-sim=yes`, Bcm (conditional branches mispredicted) and
Bim (indirect ones). Prints the functions with the most, highest first, with their instructions
a document; instruction_events.py lists one function's instructions the same way.
The simulation knows no prefetcher and no out-of-order execution, so a miss is a place where the
machine may wait, not a measured stall: the twenty-first round of docs/performance-history.md found a
third of an ABC document's first-level read misses in the Latin classifier's two table lookups a
letter, where perf's samples pile up too.
"""
import sys

from callgrind_per_document import self_costs_of
from native_symbols import NativeSymbols


def main():
    dbg, small, large, copies = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    event = sys.argv[5] if len(sys.argv) > 5 else "D1mr"
    top = int(sys.argv[6]) if len(sys.argv) > 6 else 25
    symbols = NativeSymbols(dbg)
    small_misses, small_instructions = self_costs_of(small, symbols, (event, "Ir"))
    large_misses, large_instructions = self_costs_of(large, symbols, (event, "Ir"))

    def per_document(small_counts, large_counts, name):
        return (large_counts.get(name, 0) - small_counts.get(name, 0)) / copies

    names = set(small_misses) | set(large_misses)
    rows = sorted(((per_document(small_misses, large_misses, name), name) for name in names), key=lambda row: -row[0])
    total = sum(misses for misses, _ in rows)
    print(f"{event} a document: {total:,.0f}")
    print(f"{event:>10} {'instr':>10}  function")
    for misses, name in rows[:top]:
        print(f"{misses:10,.0f} {per_document(small_instructions, large_instructions, name):10,.0f}  {name}")


if __name__ == "__main__":
    main()
