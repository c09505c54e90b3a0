"""The Latin-script features of the language classifier, exactly as the C# runtime computes them.

Mirrors runtime/Languages/LatinSymbols.cs (symbol of a character) and the feature loop of
runtime/Languages/LatinLanguageClassifier.cs; build_profiles.py trains on these features and must
see the text the way the runtime does, so any change here is a change there.

A text is read as words of *symbols*: 0 is a word boundary (anything not a Latin letter), 1–26
are a–z, 27–61 the accented letters in ACCENTED, 63 any other Latin letter. Each word gives the
character trigrams of " word " (so a word's first and last letters count as such), and a word of
at most 10 letters is itself a feature, keyed by its symbols in base 64.
"""

import unicodedata

ACCENTED = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœăđơư"
OTHER_LATIN = 63
MAX_WORD = 10

assert len(ACCENTED) == 35  # symbols 27–61; 62 is unused

_LOWER_OF_UPPER = {c.upper(): c for c in ACCENTED if len(c.upper()) == 1 and c.upper() != c}


def _is_latin_letter(c):
    # Same ranges as LetterScripts.Classify's Latin.
    o = ord(c)
    if not unicodedata.category(c).startswith("L"):
        return False
    return (o <= 0x2AF or 0x1E00 <= o <= 0x1EFF or 0x2C60 <= o <= 0x2C7F or 0xA720 <= o <= 0xA7FF
            or 0xAB30 <= o <= 0xAB6F or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A)


def symbol(c):
    """The symbol of a character, or None for a combining mark (skipped, not a boundary)."""
    o = ord(c)
    if 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
        c = chr(o - 0xFEE0)  # full-width Latin is ASCII
        o = ord(c)
    if o < 0x80:
        if "a" <= c <= "z":
            return o - ord("a") + 1
        if "A" <= c <= "Z":
            return o - ord("A") + 1
        return 0
    if 0x300 <= o <= 0x36F:
        return None
    c = _LOWER_OF_UPPER.get(c, c)
    i = ACCENTED.find(c)
    if i >= 0:
        return 27 + i
    return OTHER_LATIN if _is_latin_letter(c) else 0


def words(text):
    """The words of a text, each a list of symbols."""
    current = []
    for c in text:
        s = symbol(c)
        if s is None:
            continue
        if s == 0:
            if current:
                yield current
                current = []
        else:
            current.append(s)
    if current:
        yield current


def trigram_keys(word):
    """Trigram keys of " word ": three 6-bit symbols, first in the high bits."""
    padded = [0] + word + [0]
    return [(padded[i] << 12) | (padded[i + 1] << 6) | padded[i + 2] for i in range(len(padded) - 2)]


def word_key(word):
    """The word's key, or None for a word longer than MAX_WORD letters."""
    if len(word) > MAX_WORD:
        return None
    key = 0
    for s in word:
        key = (key << 6) | s
    return key


def spell(symbols):
    """The text of a list of symbols, for comments in generated code."""
    out = []
    for s in symbols:
        if s == 0:
            out.append("_")
        elif s <= 26:
            out.append(chr(ord("a") + s - 1))
        elif s < OTHER_LATIN:
            out.append(ACCENTED[s - 27])
        else:
            out.append("?")
    return "".join(out)


def key_symbols(key, length):
    return [(key >> (6 * (length - 1 - i))) & 63 for i in range(length)]


def word_of_key(key):
    symbols = []
    while key:
        symbols.append(key & 63)
        key >>= 6
    return spell(reversed(symbols))
