"""Where the native executable's calls cost more than their work: functions by calls × registers saved.

Usage: prologue_costs.py DOCSCHEMA DOCSCHEMA_DBG SMALL.cg LARGE.cg COPIES [TOP]

SMALL.cg and LARGE.cg are callgrind runs as for callgrind_per_document.py, but made with
`--dump-instr=yes`, so that costs are per instruction. A function called often whose prologue
pushes many registers (because some path inside it, often a rare one, makes a call) pays two
instructions a register a call (the push and the pop) before any work: the nineteenth round of
docs/performance.md took its largest finds from this list (the JSON's numbers, nulls and short
strings; the word sets' filters). Prints, per function entered at least 20 times a document, its
entries a document, the registers its prologue pushes, and their product; highest first.
The executable itself is disassembled (objdump) to read each prologue.
"""
import bisect
import re
import subprocess
import sys

from native_symbols import NativeSymbols

LOAD_OFFSET = 0x108000
PROLOGUE_LENGTH = 10  # at most this many instructions from a function's entry are read for its pushes
MIN_ENTRIES = 20


def instruction_costs(path, event="Ir"):
    """Each address's own count of `event` (instructions unless told; callgrind's own, not its
    callees'). `event` is one of the file's `events:` (with `--branch-sim=yes`, Bcm is the
    conditional branches mispredicted; with `--cache-sim=yes`, D1mr the first-level read misses).
    """
    costs, address, in_call = {}, 0, False
    # A cost line is its positions (instr, or instr and line), then the events in the file's
    # order, trailing zeros left out.
    positions, column = 1, None
    for line in open(path, encoding="utf-8", errors="replace"):
        if line.startswith("positions:"):
            positions = len(line.split()) - 1
            continue
        if line.startswith("events:"):
            column = positions + line.split()[1:].index(event)
            continue
        if line.startswith("calls="):
            in_call = True
            continue
        if not line or line[0] not in "0123456789+-*":
            continue
        parts = line.split()
        token = parts[0]
        if token.startswith("0x"):
            address = int(token, 16)
        elif token[0] in "+-":
            step = int(token[1:], 16) if token[1:].startswith("0x") else int(token[1:])
            address += step if token[0] == "+" else -step
        if not in_call and len(parts) > column:
            costs[address] = costs.get(address, 0) + int(parts[column])
        in_call = False
    return costs


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
