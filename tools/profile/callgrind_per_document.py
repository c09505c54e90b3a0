"""Instructions per document of the native executable, from two callgrind runs.

Usage: callgrind_per_document.py DOCSCHEMA_DBG SMALL.cg LARGE.cg COPIES

SMALL.cg and LARGE.cg are `valgrind --tool=callgrind --callgrind-out-file=...` runs of
`docschema parse DIR --schema auto --format jsonl --jobs 1` over folders of N and N + COPIES
copies of one page (docs/performance.md, "How to run"). Prints the difference per document,
with everything counted and without two things that move between runs of the same build: the
collector's functions (a collection falls into one of the two runs or not; valgrind shows them
without symbols, at 0x4e000-0x4efff as it loads them) and the threads'
waiting (waits, safe handles, monitors, joins). Symbols come from `nm -n` of the `.dbg` file the
native publish writes; valgrind loads the executable 0x108000 above the addresses `nm` lists.
"""
import bisect
import re
import subprocess
import sys

LOAD_OFFSET = 0x108000
WAITING = re.compile(r"Wait|SafeHandle|Monitor__|Thread__Join")
COLLECTOR = range(0x4E000, 0x4F000)


def symbols(dbg):
    table = []
    for line in subprocess.run(["nm", "-n", dbg], capture_output=True, text=True, check=True).stdout.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[1] in "tT":
            table.append((int(parts[0], 16), parts[2]))
    return table


def self_costs(path, table):
    """Each function's own instructions (not its callees'), by symbol or by unsymbolized address."""
    starts = [address for address, _ in table]
    names, costs = {}, {}
    current, in_call = None, False

    def resolve(token):
        match = re.match(r"\((\d+)\)(?: (.*))?", token)
        if match.group(2):
            raw = match.group(2)
            hexa = re.match(r"0x([0-9a-f]+)", raw)
            if hexa:
                loaded = int(hexa.group(1), 16)
                i = bisect.bisect_right(starts, loaded - LOAD_OFFSET) - 1
                raw = table[i][1] if i >= 0 and loaded not in COLLECTOR else f"0x{loaded:x}"
            names[match.group(1)] = raw
        return names.get(match.group(1), match.group(1))

    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("fn="):
            current = resolve(line[3:])
        elif line.startswith("cfn="):
            resolve(line[4:])
        elif line.startswith("calls="):
            in_call = True
        elif line and (line[0].isdigit() or line[0] in "+-*"):
            parts = line.split()
            if len(parts) >= 2:
                if not in_call:
                    costs[current] = costs.get(current, 0) + int(parts[-1])
                in_call = False
    return costs


def main():
    dbg, small, large, copies = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    table = symbols(dbg)
    a, b = self_costs(small, table), self_costs(large, table)
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
