#!/usr/bin/env python3
"""Builds the language-identification evaluation set from the gettext catalogues on this machine.

Run from the repository root (Python 3, standard library only):

    python3 tools/langid/build_eval_set.py

It writes tests/DocSchema.Runtime.Tests/LanguageId/eval-set.tsv: one `tag<TAB>sentence` line per
sample, UTF-8, PER_LANGUAGE sentences per language drawn with a fixed seed, so the same
catalogues always give the same file. The sentences are translated messages (msgstr) of the
catalogues under /usr/share/locale/<locale>/LC_MESSAGES/*.mo; English is the msgid originals.

For the Latin-script languages only the *evaluation half* of each language's catalogues is
sampled (catalogues.split); the classifier's tables are built from the other half by
build_profiles.py, and an evaluation sentence that also occurs in the training half is dropped.
The other languages are told by script and need no training, so all their catalogues are used.
"""

import os
import random
import sys

import catalogues

PER_LANGUAGE = 300
SEED = 20250521

# The languages evaluated, in the order of the file.
TAGS = ["en", "ms", "id", "fr", "de", "es", "pt", "it", "nl", "vi",
        "zh-Hans", "zh-Hant", "ja", "ko", "ru", "ar", "th", "ta", "hi", "el", "he"]

OUTPUT = os.path.join("tests", "DocSchema.Runtime.Tests", "LanguageId", "eval-set.tsv")


def main():
    if not os.path.isdir("runtime"):
        sys.exit("run from the repository root")
    lines = []
    for tag in TAGS:
        pool = sorted(catalogues.sentences(tag, "eval"))
        rng = random.Random(f"{SEED}:{tag}")
        chosen = rng.sample(pool, min(PER_LANGUAGE, len(pool)))
        print(f"{tag}: {len(chosen)} of {len(pool)}", file=sys.stderr)
        lines.extend(f"{tag}\t{sentence}\n" for sentence in chosen)
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as handle:
        handle.writelines(lines)
    print(f"wrote {len(lines)} lines to {OUTPUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
