"""Instructions per document of the native executable, from two callgrind runs.

Usage: callgrind_per_document.py DOCSCHEMA_DBG SMALL.cg LARGE.cg COPIES

SMALL.cg and LARGE.cg are `valgrind --tool=callgrind --callgrind-out-file=...` runs of
`docschema parse DIR --schema auto --format jsonl --jobs 1` over folders of N and N + COPIES
copies of one page (docs/performance.md, "How to run"). Prints the difference per document,
with everything counted and without two things that move between runs of the same build: the
collector's functions (a collection falls into one of the two runs or not; valgrind shows them
without symbols, at 0x4e000-0x4efff as it loads them) and the threads'
waiting (waits, safe handles, monitors, joins). Symbols come from the `.dbg` file the native
publish writes (native_symbols.py); valgrind loads the executable 0x108000 above its addresses.
"""
import re
import sys

from native_symbols import NativeSymbols

LOAD_OFFSET = 0x108000
WAITING = re.compile(r"Wait|SafeHandle|Monitor__|Thread__Join")
COLLECTOR = range(0x4E000, 0x4F000)


def self_costs(path, symbols, calls=None, event="Ir"):
    """Each function's own count of `event` (instructions unless told; not its callees'), by symbol
    or by unsymbolized address.

    `event` is one of the file's `events:` (a run with `--cache-sim=yes` adds the simulated cache's
    misses, such as D1mr and I1mr). When `calls` is a dict, each function's calls (how many times it
    was entered from a call) are added to it too.
    """
    names, costs = {}, {}
    current, callee, in_call = None, None, False
    # A cost line is its positions (one, or two with --dump-instr=yes), then the events in the
    # file's order, trailing zeros left out.
    positions, column = 1, None

    def resolve(token):
        match = re.match(r"\((\d+)\)(?: (.*))?", token)
        if match.group(2):
            raw = match.group(2)
            hexa = re.match(r"0x([0-9a-f]+)", raw)
            if hexa:
                loaded = int(hexa.group(1), 16)
                symbol = None if loaded in COLLECTOR else symbols.name_at(loaded - LOAD_OFFSET)
                raw = symbol or f"0x{loaded:x}"
            names[match.group(1)] = raw
        return names.get(match.group(1), match.group(1))

    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("positions:"):
            positions = len(line.split()) - 1
        elif line.startswith("events:"):
            column = positions + line.split()[1:].index(event)
        elif line.startswith("fn="):
            current = resolve(line[3:])
        elif line.startswith("cfn="):
            callee = resolve(line[4:])
        elif line.startswith("calls="):
            in_call = True
            if calls is not None:
                calls[callee] = calls.get(callee, 0) + int(line[6:].split()[0])
        elif line and (line[0].isdigit() or line[0] in "+-*"):
            parts = line.split()
            if not in_call and len(parts) > column:
                costs[current] = costs.get(current, 0) + int(parts[column])
            in_call = False
    return costs


def main():
    dbg, small, large, copies = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    symbols = NativeSymbols(dbg)
    a, b = self_costs(small, symbols), self_costs(large, symbols)
    everything = collector = waiting = 0
    for name in set(a) | set(b):
        difference = b.get(name, 0) - a.get(name, 0)
        everything += difference
        if re.match(r"0x4e[0-9a-f]{3}$", str(name)):
            collector += difference
        elif WAITING.search(str(name)):
            waiting += difference
    print(f"per document: {everything / copies:,.0f} instructions; "
          f"without the collector ({collector / copies:,.0f}) and waiting ({waiting / copies:,.0f}): "
          f"{(everything - collector - waiting) / copies:,.0f}")


if __name__ == "__main__":
    main()
