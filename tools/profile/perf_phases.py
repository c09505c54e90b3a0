"""Where a batch's CPU goes, by phase, from a perf profile of the native executable.

Usage:
  perf record -F 8000 -g -o batch.perf DIR/docschema parse FOLDER --schema auto --format jsonl --jobs 1 > /dev/null
  perf script -i batch.perf -F ip,sym,dso > batch.txt
  perf_phases.py batch.txt DIR/docschema.dbg

Each sample goes to the first of these that its stack shows: the kernel (split into reading
files and the rest), the allocator's clearing of new memory, its allocation helpers, collecting;
else the phase of any frame of the stack (quote attribution, the JSON, language identification,
the aligner, choosing the schema, decoding, reading files), in that order; else "everything
else". The executable is stripped, so its frames are named from the `.dbg` file the native
publish writes (native_symbols.py; docs/performance.md, "The batch's CPU profile").
"""
import collections
import re
import sys

from native_symbols import NativeSymbols

KERNEL_READING = re.compile(r"ksys_read|vfs_read|__x64_sys_read|__x64_sys_openat|do_sys_open|__x64_sys_close|filemap|newfstat|statx|getdents")
LEAF = [
    ("the allocator's clearing (memset)", re.compile(r"memset")),
    ("the allocator's helpers", re.compile(r"RhpNew|RhNew|RhpGcAlloc|GcAlloc")),
    ("collecting", re.compile(r"gc_heap|GCHeap|WKS|mark_|plan_phase|relocate|compact")),
]
PHASES = [
    ("quote attribution", re.compile(r"QuoteAttributor")),
    ("writing the JSON", re.compile(r"ArticleJsonWriter|CompactJsonBuffer|DocumentJson|RecordBuffer")),
    ("language identification", re.compile(r"LanguageDetector|LatinLanguageClassifier|ScriptTally|TallyBlocks|ArticleLanguage")),
    ("the aligner", re.compile(r"GaleChurch|BuildAlignment")),
    ("choosing the schema", re.compile(r"SchemaInfo__Best")),
    ("decoding", re.compile(r"TextDecoder")),
    ("reading files (user code)", re.compile(r"InputFeed|RandomAccess|SafeFileHandle|File__|InputExpander|ReadFile")),
]


def main():
    script, dbg = sys.argv[1], sys.argv[2]
    symbols = NativeSymbols(dbg)

    def name(ip, symbol, dso):
        if "docschema" in dso:
            return symbols.name_at(int(ip, 16)) or symbol
        return f"{symbol} {dso}"

    samples, stack = [], []
    for line in open(script, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if not line.strip():
            if stack:
                samples.append(stack)
                stack = []
            continue
        match = re.match(r"\s*([0-9a-f]+)\s+(.*?)\s+\((.*)\)$", line)
        if match:
            stack.append(name(match.group(1), match.group(2), match.group(3)))
    if stack:
        samples.append(stack)

    counts = collections.Counter()
    for stack in samples:
        leaf = stack[0]
        if "kernel" in leaf:
            phase = "the kernel, reading files" if any(KERNEL_READING.search(frame) for frame in stack) else "the kernel, other"
        else:
            phase = next((label for label, pattern in LEAF if pattern.search(leaf)), None)
            phase = phase or next((label for label, pattern in PHASES if any(pattern.search(frame) for frame in stack)), "everything else")
        counts[phase] += 1

    print(f"{len(samples)} samples")
    for phase, count in counts.most_common():
        print(f"{100 * count / len(samples):5.1f} %  {phase}")


if __name__ == "__main__":
    main()
