"""Functions called often for little work: calls a document and instructions a call.

Usage: call_costs.py DOCSCHEMA_DBG SMALL.cg LARGE.cg COPIES [TOP]

The callgrind runs are those of callgrind_per_document.py. Prints each function entered at least
30 times a document whose own instructions average at most 40 a call, most called first. A call
costs its caller the arguments' moves, the call and return, and often registers saved around it;
for a function this small that is a large share, and inlining it, or testing its common case in
the caller, spares it. The twentieth round of docs/performance-history.md took most of its finds from this
list (a set's Contains through a virtual call, char.IsUpper, an ignore-case EndsWith, helpers left
out of line by the compiler). The write barriers and allocation helpers (unsymbolized addresses)
show here too: they say where references are stored and objects made, not what to inline.
"""
import sys

from callgrind_per_document import self_costs
from native_symbols import NativeSymbols

MIN_CALLS = 30
MAX_INSTRUCTIONS_A_CALL = 40


def main():
    dbg, small, large, copies = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    top = int(sys.argv[5]) if len(sys.argv) > 5 else 40
    symbols = NativeSymbols(dbg)
    small_calls, large_calls = {}, {}
    small_costs, large_costs = self_costs(small, symbols, small_calls), self_costs(large, symbols, large_calls)

    rows = []
    for name in set(small_calls) | set(large_calls):
        calls = (large_calls.get(name, 0) - small_calls.get(name, 0)) / copies
        own = (large_costs.get(name, 0) - small_costs.get(name, 0)) / copies
        if calls >= MIN_CALLS and own / calls <= MAX_INSTRUCTIONS_A_CALL:
            rows.append((calls, own / calls, name))

    rows.sort(key=lambda row: (-row[0], row[2]))  # ties by name, so that runs print the same
    print(f"{'calls/doc':>10} {'instr/call':>10}  function")
    for calls, per_call, name in rows[:top]:
        print(f"{calls:10,.0f} {per_call:10.1f}  {name}")


if __name__ == "__main__":
    main()
