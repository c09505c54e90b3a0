"""Where the native executable's functions keep their locals in memory: stack loads and stores a document.

Usage: stack_traffic.py DOCSCHEMA DOCSCHEMA_DBG SMALL.cg LARGE.cg COPIES [TOP]

The callgrind runs are made as for prologue_costs.py (`--dump-instr=yes`). Prints, per function,
the instructions a document that read or write a stack slot (an operand addressed from %rbp or
%rsp, other than the pushes and pops of the prologue and epilogue), beside all its instructions a
document; highest first. A loop whose rare paths make calls keeps the values it needs across them
in memory, reloading them at every iteration: the twentieth round of docs/performance-history.md took
`FindEnglishVerbs`' word walk out into a loop that makes no call (`NextVerbCandidate`) from this
list. Read the count with the function's code: a slot written once and read in a loop is a spill,
one filled by a call's out parameter is not.
"""
import re
import sys

from prologue_costs import LOAD_OFFSET, load

STACK_OPERAND = re.compile(r"\(%r[bs]p\)")


def main():
    symbols, small_costs, large_costs, texts, copies, top = load(sys.argv[1:], 30)

    stack, total = {}, {}
    for address in set(small_costs) | set(large_costs):
        per_document = (large_costs.get(address, 0) - small_costs.get(address, 0)) / copies
        text = texts.get(address - LOAD_OFFSET)
        name = symbols.name_at(address - LOAD_OFFSET)
        if per_document <= 0 or text is None or name is None:
            continue
        total[name] = total.get(name, 0) + per_document
        if STACK_OPERAND.search(text) and text.split()[0] not in ("push", "pop", "lea"):
            stack[name] = stack.get(name, 0) + per_document

    print(f"{'stack':>9} {'of all':>9}  function")
    for name, count in sorted(stack.items(), key=lambda item: -item[1])[:top]:
        print(f"{count:9,.0f} {total[name]:9,.0f}  {name}")


if __name__ == "__main__":
    main()
