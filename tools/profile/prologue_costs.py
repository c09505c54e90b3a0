"""Where the native executable's calls cost more than their work: functions by calls × registers saved.

Usage: prologue_costs.py DOCSCHEMA DOCSCHEMA_DBG SMALL.cg LARGE.cg COPIES [TOP]

SMALL.cg and LARGE.cg are callgrind runs as for callgrind_per_document.py, but made with
`--dump-instr=yes`, so that costs are per instruction. A function called often whose prologue
pushes many registers (because some path inside it, often a rare one, makes a call) pays two
instructions a register a call (the push and the pop) before any work: the nineteenth round of
docs/performance-history.md took its largest finds from this list (the JSON's numbers, nulls and short
strings; the word sets' filters). Prints, per function entered at least 20 times a document, its
entries a document, the registers its prologue pushes, and their product; highest first.
The executable itself is disassembled (objdump) to read each prologue.
"""
import bisect
import re
import subprocess
import sys

from callgrind_per_document import cost_lines
from native_symbols import NativeSymbols

LOAD_OFFSET = 0x108000
PROLOGUE_LENGTH = 10  # at most this many instructions from a function's entry are read for its pushes
MIN_ENTRIES = 20


def instruction_costs_of(path, events):
    """Each address's own counts of each of `events` (callgrind's own, not its callees'): one dict
    per event, in that order, from one reading of a run made with `--dump-instr=yes`. The events
    are the file's (callgrind_per_document.cost_lines): Ir, the instructions; with
    `--branch-sim=yes`, Bcm, the conditional branches mispredicted; with `--cache-sim=yes`, D1mr,
    the first-level read misses, and the rest."""
    costs = [{} for _ in events]
    for record in cost_lines(path, events):
        if record[0] == "cost":
            for event_costs, count in zip(costs, record[2]):
                event_costs[record[1]] = event_costs.get(record[1], 0) + count
    return costs


def instruction_costs(path, event="Ir"):
    """Each address's own count of `event` (instructions unless told): instruction_costs_of for one event."""
    return instruction_costs_of(path, (event,))[0]


def instructions(executable):
    """Each instruction's text (mnemonic and operands) by address, from objdump."""
    listing = subprocess.run(["objdump", "-d", "--no-show-raw-insn", executable], capture_output=True, text=True, check=True).stdout
    texts = {}
    for line in listing.splitlines():
        match = re.match(r"\s*([0-9a-f]+):\s*(\S.*)", line)
        if match:
            texts[int(match.group(1), 16)] = match.group(2).strip()
    return texts


def load(arguments, default_top):
    """The runs and executable named by DOCSCHEMA DOCSCHEMA_DBG SMALL.cg LARGE.cg COPIES [TOP]:
    symbols, each run's costs by address, each instruction's text, the copies and how many rows to print."""
    executable, dbg, small, large, copies = arguments[:5]
    top = int(arguments[5]) if len(arguments) > 5 else default_top
    return NativeSymbols(dbg), instruction_costs(small), instruction_costs(large), instructions(executable), int(copies), top


def main():
    symbols, small_costs, large_costs, mnemonics, copies, top = load(sys.argv[1:], 40)
    addresses = sorted(mnemonics)

    # Functions folded into one body share an address: one row each, their names together.
    names_at = {}
    for start, name in symbols.functions():
        names_at.setdefault(start, []).append(name)
    starts = sorted(names_at)

    rows = []
    for index, start in enumerate(starts):
        entries = (large_costs.get(start + LOAD_OFFSET, 0) - small_costs.get(start + LOAD_OFFSET, 0)) / copies
        if entries < MIN_ENTRIES:
            continue
        # The run of pushes the function opens with, read no further than the next function.
        end = starts[index + 1] if index + 1 < len(starts) else float("inf")
        pushes = 0
        first = bisect.bisect_left(addresses, start)
        for address in addresses[first:first + PROLOGUE_LENGTH]:
            if address >= end or mnemonics[address].split()[0] != "push":
                break
            pushes += 1
        rows.append((entries * pushes, entries, pushes, " = ".join(names_at[start])))

    rows.sort(reverse=True)
    print(f"{'calls x saved':>14} {'calls/doc':>10} {'pushes':>6}  function")
    for product, entries, pushes, name in rows[:top]:
        print(f"{product:14,.0f} {entries:10,.0f} {pushes:6}  {name}")


if __name__ == "__main__":
    main()
