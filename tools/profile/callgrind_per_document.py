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


def cost_lines(path, events=("Ir",)):
    """The records of a callgrind file that the scripts here read, in order:

    - ("fn", token): the function whose costs follow (a `fn=` token, "(id) name" or "(id)");
    - ("call", token, count): a call of the function `token` (a `cfn=` one), `count` times;
    - ("cost", address, counts): a cost line of the function's own (a call's cost line is not
      one), with its instruction's address in valgrind's load (None unless the run was made
      with `--dump-instr=yes`) and its count of each of `events`, in that order.

    A cost line is its positions (`line`, or `instr line` with `--dump-instr=yes`; an instruction
    is an absolute address, a relative one, or `*` for the same), then the events in the file's
    `events:` order, trailing zeros left out.
    """
    positions, columns, address, callee, in_call = ["line"], None, 0, None, False
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("positions:"):
            positions = line.split()[1:]
        elif line.startswith("events:"):
            names = line.split()[1:]
            columns = [len(positions) + names.index(event) for event in events]
        elif line.startswith("fn="):
            yield "fn", line[3:]
        elif line.startswith("cfn="):
            callee = line[4:]
        elif line.startswith("calls="):
            in_call = True
            yield "call", callee, int(line[6:].split()[0])
        elif line and (line[0].isdigit() or line[0] in "+-*"):
            parts = line.split()
            if positions[0] == "instr":
                token = parts[0]
                if token.startswith("0x"):
                    address = int(token, 16)
                elif token[0] in "+-":
                    step = int(token[1:], 16) if token[1:].startswith("0x") else int(token[1:])
                    address += step if token[0] == "+" else -step
            if not in_call:
                yield "cost", address if positions[0] == "instr" else None, [int(parts[c]) if len(parts) > c else 0 for c in columns]
            in_call = False


def self_costs_of(path, symbols, events, calls=None):
    """Each function's own counts of each of `events` (not its callees'), by symbol or by
    unsymbolized address: one dict per event, in that order, from one reading of the file.

    An event is one of the file's `events:` (Ir, the instructions; a run with `--cache-sim=yes`
    adds the simulated cache's misses, such as D1mr and I1mr, and one with `--branch-sim=yes` the
    mispredicted branches, Bcm). When `calls` is a dict, each function's calls (how many times it
    was entered from a call) are added to it too.
    """
    names, costs = {}, [{} for _ in events]
    current = None

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

    for record in cost_lines(path, events):
        if record[0] == "fn":
            current = resolve(record[1])
        elif record[0] == "call":
            callee = resolve(record[1])
            if calls is not None:
                calls[callee] = calls.get(callee, 0) + record[2]
        else:
            for event_costs, count in zip(costs, record[2]):
                event_costs[current] = event_costs.get(current, 0) + count
    return costs


def self_costs(path, symbols, calls=None, event="Ir"):
    """Each function's own count of `event` (instructions unless told): self_costs_of for one event."""
    return self_costs_of(path, symbols, (event,), calls)[0]


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
