#!/usr/bin/env python3
"""Builds the Latin-script language classifier's tables from the gettext catalogues on this machine.

Run from the repository root (Python 3, standard library only):

    python3 tools/langid/build_profiles.py          # writes runtime/Languages/LatinLanguageProfiles.cs
    python3 tools/langid/build_profiles.py --dev    # prints accuracy on a held-out part of the training half

Training text is the *training half* of each language's catalogues (catalogues.split): the
evaluation set (build_eval_set.py) comes from the other half only, so the tables never saw a
sentence they are evaluated on. --dev splits the training half once more, trains on one part and
reports accuracy on the other; hyper-parameters below were chosen with it, never with the
evaluation set.

Two tables come out, both naive Bayes profiles over the features of latin_features.py: for each
kept trigram and each kept word, each language's cost -ln P(feature | language), minus the
cheapest language's, in 1/SCALE nats, capped at CAP. Malay against Indonesian is then decided by
the hand-written markers of MalayIndonesianMarkers.cs (read here only to measure --dev): ratios
learned from the catalogues were tried and were worse than the markers alone, as the Malay
catalogues are few and technical and their word rates differ from the Indonesian ones by package
more than by language.
"""

import collections
import math
import os
import random
import re
import sys

import catalogues
import latin_features as F

# The Latin-script languages, in the order of the tables; ties go to the first (English).
TAGS = ["en", "ms", "id", "fr", "de", "es", "pt", "it", "nl", "vi"]

TRIGRAMS_PER_LANGUAGE = 600  # the most frequent trigrams of each language are kept
WORDS_PER_LANGUAGE = 200  # the most frequent words of each language are kept
ALPHA = 0.5  # additive smoothing of the naive Bayes counts
SCALE = 8  # costs are in 1/8 nat
CAP = 80  # no single feature costs a language more than 10 nats

# The prior of naive Bayes, as each language's starting cost: English, the most common Latin-script
# language of the press read here, starts 6 nats ahead. That sways only texts of two or three words
# whose trigrams the technical training text rarely has ("Hello world"); --dev shows no loss on
# whole sentences or five-word prefixes, and a loss of about two points on two-word prefixes of
# the other languages.
PRIORS = [0 if tag == "en" else 48 for tag in TAGS]

OUTPUT = os.path.join("runtime", "Languages", "LatinLanguageProfiles.cs")
MARKERS = os.path.join("runtime", "Languages", "MalayIndonesianMarkers.cs")


def word_hash(symbols):
    """FNV-1a, 32 bits, over a word's symbols: the key of a word feature."""
    h = 2166136261
    for s in symbols:
        h ^= s
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def count(sentences):
    trigrams = collections.Counter()
    words = collections.Counter()
    spelled = {}
    for sentence in sentences:
        for word in F.words(sentence):
            trigrams.update(F.trigram_keys(word))
            key = word_hash(word)
            words[key] += 1
            spelled.setdefault(key, F.spell(word))
    return trigrams, words, spelled


def naive_bayes(counters, keep):
    """Feature -> per-language cost row, for the `keep` most frequent features of each language."""
    kept = set()
    for tag in TAGS:
        kept.update(key for key, _ in counters[tag].most_common(keep))
    vocabulary = len(set().union(*(set(counters[tag]) for tag in TAGS)))
    totals = {tag: sum(counters[tag].values()) for tag in TAGS}
    table = {}
    for key in sorted(kept):
        raw = [-math.log((counters[tag].get(key, 0) + ALPHA) / (totals[tag] + ALPHA * vocabulary)) for tag in TAGS]
        # Only differences between languages matter to the argmin: store each row relative to its minimum.
        low = min(raw)
        table[key] = [min(CAP, round((r - low) * SCALE)) for r in raw]
    return table


def train(sentences_by_tag):
    counted = {tag: count(sentences_by_tag[tag]) for tag in TAGS}
    spelled = {}
    for tag in TAGS:
        spelled.update(counted[tag][2])
    return {
        "trigrams": naive_bayes({t: counted[t][0] for t in TAGS}, TRIGRAMS_PER_LANGUAGE),
        "words": naive_bayes({t: counted[t][1] for t in TAGS}, WORDS_PER_LANGUAGE),
        "spelled": spelled,
    }


def read_markers():
    """Word hash -> marker weight (positive Malay, negative Indonesian), from the C# source."""
    with open(MARKERS, encoding="utf-8") as handle:
        source = handle.read()
    strong = int(re.search(r"const int StrongWeight = (\d+);", source).group(1))
    weak = int(re.search(r"const int WeakWeight = (\d+);", source).group(1))
    markers = {}
    for name, weight in (("MalayStrong", strong), ("MalayWeak", weak),
                         ("IndonesianStrong", -strong), ("IndonesianWeak", -weak)):
        block = re.search(r"const string " + name + r"\s*=(.*?);", source, re.S).group(1)
        for word in " ".join(re.findall(r'"([^"]*)"', block)).split():
            markers[word_hash(list(F.words(word))[0])] = weight
    return markers


def classify(tables, markers, text):
    """The reference of LatinLanguageClassifier.Classify: same features, same arithmetic."""
    costs = list(PRIORS)
    malay = 0
    for word in F.words(text):
        for key in F.trigram_keys(word):
            row = tables["trigrams"].get(key)
            if row:
                costs = [c + v for c, v in zip(costs, row)]
        key = word_hash(word)
        row = tables["words"].get(key)
        if row:
            costs = [c + v for c, v in zip(costs, row)]
        malay += markers.get(key, 0)
    best = min(range(len(TAGS)), key=lambda i: (costs[i], i))
    if TAGS[best] in ("ms", "id") and malay != 0:
        return "ms" if malay > 0 else "id"
    return TAGS[best]


def dev():
    """Accuracy on a held-out part of the training half, whole sentences and their first five words."""
    train_part, held_out = {}, {}
    for tag in TAGS:
        training = catalogues.training_packages(tag)
        sides = catalogues.split(training)
        part = catalogues.flatten(training, [p for p in training if sides[p] == "train"])
        seen = set(part)
        rest = [s for s in catalogues.flatten(training, [p for p in training if sides[p] == "eval"]) if s not in seen]
        train_part[tag] = part
        held_out[tag] = random.Random(1).sample(sorted(rest), min(300, len(rest)))
    tables = train(train_part)
    markers = read_markers()
    for tag in TAGS:
        whole = sum(classify(tables, markers, s) == tag for s in held_out[tag]) / len(held_out[tag])
        short = sum(classify(tables, markers, " ".join(s.split()[:5])) == tag for s in held_out[tag]) / len(held_out[tag])
        print(f"{tag}\t{len(held_out[tag])}\t{whole:.3f}\t{short:.3f}")


def generate(tables):
    trigrams, words, spelled = tables["trigrams"], tables["words"], tables["spelled"]
    out = []
    w = out.append
    w("// <auto-generated>")
    w("// Generated by tools/langid/build_profiles.py from the training half of the gettext catalogues")
    w("// under /usr/share/locale; do not edit by hand. See docs/language-identification.md.")
    w("// </auto-generated>")
    w("")
    w("namespace DocSchema.Runtime.Languages;")
    w("")
    w("/// <summary>The trained tables of <see cref=\"LatinLanguageClassifier\"/>, as constant data (no allocation, no I/O).</summary>")
    w("internal static class LatinLanguageProfiles")
    w("{")
    w("    /// <summary>The languages, in the column order of the cost tables; ties go to the first.</summary>")
    w("    internal static readonly string[] Tags = [" + ", ".join(f'"{t}"' for t in TAGS) + "];")
    w("")
    w("    /// <summary>How many languages: the number of columns of the cost tables.</summary>")
    w(f"    internal const int LanguageCount = {len(TAGS)};")
    w("")
    w("    /// <summary>The column of Malay, which <see cref=\"MalayIndonesianMarkers\"/> may swap with Indonesian.</summary>")
    w(f"    internal const int Malay = {TAGS.index('ms')};")
    w("")
    w("    /// <summary>The column of Indonesian.</summary>")
    w(f"    internal const int Indonesian = {TAGS.index('id')};")
    w("")
    w("    /// <summary>Costs are in 1/Scale nats.</summary>")
    w(f"    internal const int Scale = {SCALE};")
    w("")
    w("    /// <summary>Each language's cost before the first feature: the prior, English ahead.</summary>")
    w("    internal static ReadOnlySpan<byte> Priors => [" + ", ".join(str(p) for p in PRIORS) + "];")
    w("")
    w("    /// <summary>Trigram keys (three 6-bit symbols), ascending; row i of <see cref=\"TrigramCosts\"/> belongs to key i.</summary>")
    w("    /// <remarks>An array, not a span over constant data: a span of int is made by RuntimeHelpers.CreateSpan, which allocates when not optimized (Debug builds, tier 0).</remarks>")
    w("    internal static readonly int[] TrigramKeys =")
    w("    [")
    for key in trigrams:
        w(f"        0x{key:05X}, // {F.spell(F.key_symbols(key, 3))}")
    w("    ];")
    w("")
    w("    /// <summary>Per trigram, each language's cost above the cheapest language's.</summary>")
    w("    internal static ReadOnlySpan<byte> TrigramCosts =>")
    w("    [")
    for key in trigrams:
        w("        " + ", ".join(str(v) for v in trigrams[key]) + ",")
    w("    ];")
    w("")
    w("    /// <summary>Word keys (FNV-1a of the symbols), ascending; row i of <see cref=\"WordCosts\"/> belongs to key i.</summary>")
    w("    /// <remarks>An array for the same reason as <see cref=\"TrigramKeys\"/>.</remarks>")
    w("    internal static readonly uint[] WordKeys =")
    w("    [")
    for key in words:
        w(f"        0x{key:08X}, // {spelled[key]}")
    w("    ];")
    w("")
    w("    /// <summary>Per word, each language's cost above the cheapest language's.</summary>")
    w("    internal static ReadOnlySpan<byte> WordCosts =>")
    w("    [")
    for key in words:
        w("        " + ", ".join(str(v) for v in words[key]) + ",")
    w("    ];")
    w("")
    w("}")
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(out) + "\n")
    print(f"wrote {OUTPUT}: {len(trigrams)} trigrams, {len(words)} words", file=sys.stderr)


def main():
    if not os.path.isdir("runtime"):
        sys.exit("run from the repository root")
    if "--dev" in sys.argv:
        dev()
        return
    generate(train({tag: catalogues.sentences(tag, "train") for tag in TAGS}))


if __name__ == "__main__":
    main()
