"""The native executable's function names, for the scripts beside this one.

The native publish strips `docschema` and writes its symbols to `docschema.dbg`; `nm -n` of that
file gives each function's start, and an address belongs to the last function starting at or
before it.
"""
import bisect
import subprocess


class NativeSymbols:
    """Function names by address, from `nm -n` of a `.dbg` file."""

    def __init__(self, dbg):
        self._starts, self._names = [], []
        for line in subprocess.run(["nm", "-n", dbg], capture_output=True, text=True, check=True).stdout.splitlines():
            parts = line.split(None, 2)
            if len(parts) == 3 and parts[1] in "tT":
                self._starts.append(int(parts[0], 16))
                self._names.append(parts[2])

    def functions(self):
        """Every function's start and name, in address order."""
        return zip(self._starts, self._names)

    def name_at(self, address):
        """The function holding `address`, or None below the first one."""
        i = bisect.bisect_right(self._starts, address) - 1
        return self._names[i] if i >= 0 else None
