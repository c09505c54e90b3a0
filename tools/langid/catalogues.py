"""Reads gettext catalogues (.mo files) into clean natural-language sentences.

Shared by build_eval_set.py (the evaluation set) and build_profiles.py (the classifier's
tables), so that both apply the same filters and the same package split. For each Latin-script
language the catalogues' packages (file names without .mo) are split in two by `split`: the
training half feeds the profiles, the evaluation half the evaluation set, and a sentence that
occurs in both halves is dropped from the evaluation half.
"""

import os
import struct
import unicodedata

LOCALE_ROOT = "/usr/share/locale"

# Evaluation tag -> locale folders whose catalogues hold that language's msgstr translations.
# English has no translations of its own: its text is the msgid originals of every catalogue and en_GB's msgstr (see _package_sentences).
LOCALES = {
    "ms": ["ms"],
    "id": ["id"],
    "fr": ["fr"],
    "de": ["de"],
    "es": ["es"],
    "pt": ["pt", "pt_BR"],
    "it": ["it"],
    "nl": ["nl"],
    "vi": ["vi"],
    "zh-Hans": ["zh_CN"],
    "zh-Hant": ["zh_TW"],
    "ja": ["ja"],
    "ko": ["ko"],
    "ru": ["ru"],
    "ar": ["ar"],
    "th": ["th"],
    "ta": ["ta"],
    "hi": ["hi"],
    "el": ["el"],
    "he": ["he"],
}

# Catalogues of names (countries, languages, currencies, scripts, keyboard layouts, MIME types):
# lists of proper nouns, not sentences, and largely identical across languages.
SKIPPED_PACKAGE_PREFIXES = ("iso_", "iso-", "xkeyboard-config", "shared-mime-info")

# Characters that mark a UI or programming string rather than prose: format placeholders,
# markup, mnemonics, paths, escapes, option syntax.
NOISE_CHARACTERS = set("%{}<>_&\\/|=$@#`[]*~^\t\n\r")

# Languages told by script and by the Han variant table alone: nothing of theirs is trained on
# catalogues, so all their catalogues are evaluation text.
UNTRAINED = {"zh-Hans", "zh-Hant", "ja", "ko", "ru", "ar", "th", "ta", "hi", "el", "he"}

MIN_CHARACTERS = 20
MIN_WORDS = 4
MAX_CHARACTERS = 200


def read_mo(path):
    """Yields (msgid, msgstr) pairs of a .mo file: first plural forms, context dropped, header skipped."""
    with open(path, "rb") as handle:
        data = handle.read()
    if len(data) < 28:
        return
    magic = struct.unpack("<I", data[:4])[0]
    if magic == 0x950412DE:
        endian = "<"
    elif magic == 0xDE120495:
        endian = ">"
    else:
        return
    _revision, count, originals, translations = struct.unpack(endian + "4I", data[4:20])
    charset = "utf-8"
    for i in range(count):
        olen, ooff = struct.unpack(endian + "2I", data[originals + 8 * i: originals + 8 * i + 8])
        tlen, toff = struct.unpack(endian + "2I", data[translations + 8 * i: translations + 8 * i + 8])
        original = data[ooff: ooff + olen]
        translation = data[toff: toff + tlen]
        if olen == 0:
            # The header entry: "Content-Type: text/plain; charset=UTF-8" names the encoding.
            for line in translation.decode("ascii", "replace").splitlines():
                if line.lower().startswith("content-type:") and "charset=" in line:
                    charset = line.split("charset=", 1)[1].strip() or "utf-8"
            continue
        try:
            msgid = original.decode(charset).split("\x00")[0]
            msgstr = translation.decode(charset).split("\x00")[0]
        except (LookupError, UnicodeDecodeError):
            continue
        if "\x04" in msgid:
            msgid = msgid.split("\x04", 1)[1]
        yield msgid, msgstr


def clean(text):
    """The sentence if it is prose worth keeping, else None."""
    text = unicodedata.normalize("NFC", text).strip()
    if len(text) < MIN_CHARACTERS or len(text) > MAX_CHARACTERS:
        return None
    if any(c in NOISE_CHARACTERS for c in text):
        return None
    if len(text.split()) < MIN_WORDS and not _mostly_unspaced(text):
        return None
    if "http" in text or "www." in text or "--" in text or ("..." in text and len(text) < 30):
        return None
    # Vowel signs of Indic and Thai scripts are combining marks (Mn, Mc), not letters (L*).
    letters = sum(1 for c in text if unicodedata.category(c)[0] in "LM")
    visible = sum(1 for c in text if not c.isspace())
    if visible == 0 or letters < 0.75 * visible:
        return None
    # Identifiers written in camelCase or with digits inside words are code, not prose; so are
    # command-line options (-mfdpic).
    for word in text.split():
        if word.startswith("-"):
            return None
        core = word.strip(".,;:!?()\"'“”«»")
        if any(c.isdigit() for c in core) and any(c.isalpha() for c in core):
            return None
        if any(core[i].islower() and core[i + 1].isupper() for i in range(len(core) - 1)):
            return None
    return " ".join(text.split())


def _mostly_unspaced(text):
    # Chinese, Japanese and Thai put no spaces between words: a 20-character sentence may be one "word".
    unspaced = sum(1 for c in text if "\u3040" <= c <= "\u9fff" or "\u0e00" <= c <= "\u0e7f")
    return unspaced >= 0.5 * len(text)


def packages(locale):
    """(package, path) of every usable catalogue of a locale folder, sorted by package."""
    folder = os.path.join(LOCALE_ROOT, locale, "LC_MESSAGES")
    if not os.path.isdir(folder):
        return []
    result = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".mo"):
            continue
        package = name[:-3]
        if package.startswith(SKIPPED_PACKAGE_PREFIXES):
            continue
        result.append((package, os.path.join(folder, name)))
    return result


def _package_sentences(tag):
    """Package -> its clean sentences of language `tag`, each package's list de-duplicated, in file order."""
    result = {}
    if tag == "en":
        # English is the msgid originals of every catalogue in every locale folder, plus en_GB's msgstr.
        locales = sorted(d for d in os.listdir(LOCALE_ROOT) if os.path.isdir(os.path.join(LOCALE_ROOT, d, "LC_MESSAGES")))
        pairs = ((locale, package, path) for locale in locales for package, path in packages(locale))
    else:
        pairs = ((locale, package, path) for locale in LOCALES[tag] for package, path in packages(locale))
    for locale, package, path in pairs:
        bucket = result.setdefault(package, {})
        for msgid, msgstr in read_mo(path):
            if tag == "en":
                candidates = [msgid] + ([msgstr] if locale == "en_GB" and msgstr else [])
            elif not msgstr or msgstr.strip() == msgid.strip():
                # An msgstr equal to its msgid is an untranslated English copy.
                continue
            else:
                candidates = [msgstr]
            for candidate in candidates:
                sentence = clean(candidate)
                if sentence is not None:
                    bucket.setdefault(sentence, None)
    return {package: list(bucket) for package, bucket in result.items() if bucket}


def split(by_package):
    """
    Package -> 'train' or 'eval' for one language: packages taken largest first (ties by name),
    each given to the side with fewer sentences so far, so both halves get about as much text
    even for a language with few catalogues (Malay has under twenty usable ones).
    """
    sides = {}
    totals = {"train": 0, "eval": 0}
    for package in sorted(by_package, key=lambda p: (-len(by_package[p]), p)):
        side = "train" if totals["train"] <= totals["eval"] else "eval"
        sides[package] = side
        totals[side] += len(by_package[package])
    return sides


def sentences(tag, side):
    """
    Clean, de-duplicated sentences of language `tag` on one side of its package split. Evaluation
    sentences that also occur in the training half (gnulib messages are in coreutils, tar,
    diffutils …) are dropped, so no evaluated sentence was ever seen in training.
    Languages the classifier has no trained tables for (UNTRAINED) are all evaluation text.
    """
    by_package = _package_sentences(tag)
    if tag in UNTRAINED:
        return [] if side == "train" else flatten(by_package, by_package)
    sides = split(by_package)
    training = flatten(by_package, [p for p in by_package if sides[p] == "train"])
    if side == "train":
        return training
    seen = set(training)
    return [s for s in flatten(by_package, [p for p in by_package if sides[p] == "eval"]) if s not in seen]


def training_packages(tag):
    """Package -> sentences of the training half of a language's catalogues (for tuning on a held-out part of it)."""
    by_package = _package_sentences(tag)
    sides = split(by_package)
    return {p: s for p, s in by_package.items() if sides[p] == "train"}


def flatten(by_package, chosen):
    """The sentences of the chosen packages, in package-name order, de-duplicated."""
    seen = set()
    result = []
    for package in sorted(chosen):
        for sentence in by_package[package]:
            if sentence not in seen:
                seen.add(sentence)
                result.append(sentence)
    return result
