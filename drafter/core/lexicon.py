"""Opening phrases of preambular and operative paragraphs, per language.

The phrase lists are data (``resources/lexicons/<lang>.json``, each entry with its
evidence); this module only matches them. Matching is by the longest phrase at the
start of a paragraph, ignoring case, and tolerant of the ways real texts differ from
the list: no-break and narrow no-break spaces, runs of spaces, curly or straight
apostrophes, non-breaking hyphens and French/Spanish elision ("que" / "qu’").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from drafter.core.script import spaced
from drafter.resources import load_json

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
PARTS = ("preamble", "operative")

_SPACE = r"[\s\u00a0\u202f\u2009]+"
_APOSTROPHE = "['’ʼ‘`]"
_HYPHEN = r"[-\u2010\u2011]"
# Words that may be elided before a vowel in French: "que" -> "qu’", "de" -> "d’".
_ELIDABLE = {"que": "qu", "de": "d", "le": "l", "la": "l", "se": "s", "ne": "n", "lorsque": "lorsqu"}
# Linking words that stay roman after an opener when no measured italic scope exists.
# The italic run stops before the first of them ("*Decides* to remain seized of the
# matter", "*Décide* de rester saisi"), as measured in official texts (drafting-rules 2.5).
# Words that belong to fixed opening phrases ("with" in "Noting with concern", "en" in
# "Rappelant en outre", "con" in "Acoge con beneplácito") are deliberately absent.
_LINKING_WORDS = {
    "en": {"of", "by", "to", "that", "in", "on", "for", "at", "from", "about", "into", "under"},
    "fr": {"de", "d", "du", "des", "que", "qu", "par", "au", "aux", "sur", "pour"},
    "es": {"de", "del", "que", "por", "a", "al", "sobre", "para"},
    "ru": {"на", "в", "что", "с", "о", "об", "по"},
}


@dataclass(frozen=True)
class Entry:
    phrase: str
    part: str  # "preamble" or "operative"
    seen: bool  # attested at the start of a paragraph in real UN texts
    rank: int  # position in the frequency-ordered list (0 = most used)
    italic_scope: str | None = None
    gender: str | None = None  # "f"/"m" for French/Spanish adjectival openers
    english: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class OpenerMatch:
    entry: Entry
    end: int  # end offset of the matched phrase in the original text
    italic_end: int  # end offset of what should be italic (<= end)


@dataclass(frozen=True)
class OpenerItalics:
    """The italic part of a paragraph's opening: [start, end), and the lexicon match if known."""

    start: int
    end: int
    match: OpenerMatch | None


_FIRST_WORD = re.compile(r"[^\s\u00a0\u202f]+")


# Arabic short vowels, shadda, sukun and the tatweel (elongation) are optional in
# writing: "تسلّم" and "تسلم", "تحـــث" and "تحث" are the same word.
_ARABIC_MARKS = "[\u064b-\u0652\u0670\u0640]"
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


# normalize() and Lexicon._key() run for every paragraph and every opener lookup:
# their patterns are compiled once here rather than looked up in re's cache per call.
_UNIFY = (
    (re.compile(_ARABIC_MARKS), ""),
    (re.compile(_APOSTROPHE), "'"),
    (re.compile(_HYPHEN), "-"),
    (re.compile(_SPACE), " "),
)
# Elided French words restored ("qu'" -> "que "), in _ELIDABLE's order.
_ELISIONS = tuple(
    pair
    for full, short in _ELIDABLE.items()
    for pair in ((re.compile(rf"\b{short}'$"), full), (re.compile(rf"\b{short}'"), full + " "))
)


def normalize(text: str) -> str:
    """Case-folded text with spaces, apostrophes, hyphens and Arabic marks unified."""
    for pattern, replacement in _UNIFY:
        text = pattern.sub(replacement, text)
    return text.strip().casefold()


def _phrase_pattern(phrase: str) -> str:
    words = normalize(phrase).split(" ")
    parts = []
    for index, word in enumerate(words):
        piece = "".join(_char_pattern(ch) for ch in word)
        if index < len(words) - 1:
            elided = _ELIDABLE.get(word)
            if elided:
                # "que " or "qu’" (elision joins the next word without a space)
                parts.append(f"(?:{piece}{_SPACE}|{re.escape(elided)}{_APOSTROPHE})")
            else:
                parts.append(piece + _SPACE)
        else:
            elided = _ELIDABLE.get(word)
            parts.append(f"(?:{piece}|{re.escape(elided)}{_APOSTROPHE})" if elided else piece)
    pattern = "".join(parts)
    if words[0] in ("إذ", "وإذ"):
        # Arabic: the first preambular paragraph opens with إذ, later ones with وإذ.
        pattern = f"(?:و{_ARABIC_MARKS}*)?" + pattern.removeprefix("و" + _ARABIC_MARKS + "*")
    return pattern


def _char_pattern(ch: str) -> str:
    if ch == "'":
        return _APOSTROPHE
    if ch == "-":
        return _HYPHEN
    if _ARABIC_LETTER.match(ch):
        return re.escape(ch) + _ARABIC_MARKS + "*"
    return re.escape(ch)


def _trailing_adverb_patterns(language: str) -> dict[str, re.Pattern[str]]:
    """Per part, "also"/"further" where the language puts them after the opener."""
    try:
        settings = load_json(f"languages/{language}.json")
    except FileNotFoundError:
        return {}
    adverbs = [settings.get("also"), settings.get("further")]
    words = "|".join(_phrase_pattern(a) for a in adverbs if a)
    if not words or not spaced(language):
        return {}
    return {
        part: re.compile(f"{_SPACE}(?:{words})(?![\\w-])", re.IGNORECASE)
        for part, position in settings.get("adverb_position", {}).items()
        if position == "after"
    }


def _lead_adverb_pattern(language: str) -> re.Pattern[str] | None:
    """The sequencing adverbs that may precede any opener (``lead_adverbs`` in the
    language data: English "Also", "Further", "Once again"; Russian "вновь"; Chinese 又,
    还, 再次 written without a space)."""
    try:
        adverbs = load_json(f"languages/{language}.json").get("lead_adverbs") or []
    except FileNotFoundError:
        return None
    if not adverbs:
        return None
    words = "|".join(_phrase_pattern(a) for a in sorted(adverbs, key=len, reverse=True))
    after = _SPACE if spaced(language) else ""
    return re.compile(f"(?:{words}){after}", re.IGNORECASE)


class Lexicon:
    """The phrases of one language, with a compiled longest-match matcher per part."""

    def __init__(self, language: str, data: dict[str, Any]) -> None:
        self.language = language
        self._trailing_adverbs = _trailing_adverb_patterns(language)
        self._lead_adverbs = _lead_adverb_pattern(language)
        self.entries: dict[str, list[Entry]] = {}
        self._by_key: dict[str, dict[str, Entry]] = {}
        self._matchers: dict[str, re.Pattern[str]] = {}
        for part in PARTS:
            entries = [
                Entry(
                    phrase=row["phrase"],
                    part=part,
                    seen=row.get("seen", False),
                    rank=rank,
                    italic_scope=row.get("italic_scope"),
                    gender=row.get("gender"),
                    english=row.get("en"),
                    note=row.get("note"),
                )
                for rank, row in enumerate(data.get(part, []))
            ]
            self.entries[part] = entries
            self._by_key[part] = {self._key(e.phrase): e for e in reversed(entries)}
            ordered = sorted(entries, key=lambda e: len(e.phrase), reverse=True)
            alternation = "|".join(_phrase_pattern(e.phrase) for e in ordered)
            # CJK phrases are not followed by a word boundary; others must end at one.
            boundary = r"(?:(?<=['’ʼ‘`])|(?![\w\u2011-]))" if spaced(language) else ""
            self._matchers[part] = re.compile(f"(?:{alternation}){boundary}", re.IGNORECASE)

    @staticmethod
    def _key(text: str) -> str:
        key = normalize(text)
        if "'" not in key:
            return key  # every elision pattern needs an apostrophe
        for pattern, replacement in _ELISIONS:
            key = pattern.sub(replacement, key)
        return key

    def lookup(self, phrase: str, part: str) -> Entry | None:
        key = self._key(phrase)
        entry = self._by_key[part].get(key)
        if entry is None and key.startswith("وإذ"):
            entry = self._by_key[part].get(key[1:])
        elif entry is None and key.startswith("إذ"):
            entry = self._by_key[part].get("و" + key)
        return entry

    def match(self, text: str, part: str) -> OpenerMatch | None:
        """The longest known phrase of ``part`` at the start of ``text`` (leading spaces skipped).

        A known phrase after a leading sequencing adverb of the language ("Also strongly
        encourages", "вновь подчеркивает", "又审查了") is matched too, the adverb included.
        """
        stripped = len(text) - len(text.lstrip())
        found = self._match_at(text, part, stripped)
        if found is None and self._lead_adverbs is not None:
            lead = self._lead_adverbs.match(text, stripped)
            if lead:
                found = self._match_at(text, part, lead.end())
                if found is not None:
                    italic_end = found.italic_end if found.italic_end > lead.end() else found.end
                    found = OpenerMatch(entry=found.entry, end=found.end, italic_end=italic_end)
        return found

    def _match_at(self, text: str, part: str, stripped: int) -> OpenerMatch | None:
        found = self._matchers[part].match(text, stripped)
        if not found:
            return None
        entry = self.lookup(found.group(0), part)
        if entry is None:  # elided form: the longest entry that matches the whole run
            matched = found.group(0)
            entry = next(
                (e for e in sorted(self.entries[part], key=lambda e: -len(e.phrase))
                 if re.fullmatch(_phrase_pattern(e.phrase), matched, re.IGNORECASE)),
                None,
            )
            if entry is None:
                return None
        end = found.end()
        italic_end = self._italic_end(text, found.start(), end, entry)
        if italic_end == end and part in self._trailing_adverbs:
            # "Noting with deep concern also": the sequencing adverb that follows a
            # fixed phrase is part of the italic opener (drafting-rules 2.2, 2.5).
            adverb = self._trailing_adverbs[part].match(text, end)
            if adverb:
                italic_end = adverb.end()
        return OpenerMatch(entry=entry, end=end, italic_end=italic_end)

    def _italic_end(self, text: str, start: int, end: int, entry: Entry) -> int:
        if entry.italic_scope:
            scope_words = len(entry.italic_scope.split())
            words = list(re.finditer(r"\S+", text[start:end]))
            if scope_words <= len(words):
                return start + words[scope_words - 1].end()
            return end
        linking = _LINKING_WORDS.get(self.language, set())
        words = list(re.finditer(r"[^\s\u00a0\u202f'’]+['’]?", text[start:end]))
        for index in range(1, len(words)):
            if normalize(words[index].group(0)).rstrip("'") in linking:
                return start + words[index - 1].end()
        return start + words[-1].end() if words else end

    def opener_italics(
        self, text: str, part: str, *, unknown_first_word: bool = True
    ) -> OpenerItalics | None:
        """What of a paragraph's opening is set in italics: the one decision the exporter
        writes and the formatting check expects.

        A known opener: its italic extent (:meth:`match`). An opener the lexicon does not
        know ("Insiste", "Expresses its continued deep concern"): its first word when it
        is capitalized (``unknown_first_word``), since every opener is italic whether or
        not the lexicon lists it; the check asks no more than that first word.
        """
        found = self.match(text, part)
        start = len(text) - len(text.lstrip())
        if found is not None:
            return OpenerItalics(start, max(start, found.italic_end), found)
        first = _FIRST_WORD.match(text, start)
        if not unknown_first_word or first is None or not first.group(0)[:1].isupper():
            return None
        return OpenerItalics(start, start + len(first.group(0).rstrip(",;:")), None)

    def suggestions(self, word: str, part: str, limit: int = 3) -> list[str]:
        """Nearest known phrases to an unknown opener, attested ones first."""
        import difflib

        attested = [e.phrase for e in self.entries[part] if e.seen]
        candidates = attested or [e.phrase for e in self.entries[part]]
        by_norm = {normalize(c): c for c in candidates}
        close = difflib.get_close_matches(normalize(word), list(by_norm), n=limit, cutoff=0.6)
        return [by_norm[c] for c in close]


@cache
def lexicon(language: str) -> Lexicon:
    if language not in LANGUAGES:
        raise ValueError(f"no lexicon for language {language!r}")
    return Lexicon(language, load_json(f"lexicons/{language}.json"))


@cache
def language_settings(language: str) -> dict[str, Any]:
    """Per-language settings: formulas, label style, punctuation, adverbs (resources/languages)."""
    return load_json(f"languages/{language}.json")


_STOPWORDS = {
    "en": {"the", "of", "and", "to", "in", "its", "that", "on", "for", "with"},
    "fr": {"le", "la", "les", "des", "et", "du", "de", "à", "pour", "sur", "que", "dans"},
    "es": {"el", "los", "las", "del", "y", "de", "la", "que", "en", "para", "con", "por"},
}


# Characters of each script counted by detect_language; a regex counts them in C
# (a Python loop over the 20,000-character sample was most of the detection's time).
_SCRIPT_CHARACTERS = {
    "ar": re.compile("[\u0600-\u06ff]"),
    "zh": re.compile("[\u4e00-\u9fff]"),
    "ru": re.compile("[\u0400-\u04ff]"),
    # Letters below U+0250 exactly as str.isalpha() sees them (not "²", "½" …).
    # Counted by runs (a word is one match), far fewer matches than letters.
    "latin": re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x250) if chr(c).isalpha()) + "]+"),
}
_SAMPLE_WORD = re.compile(r"[a-zà-ÿ]+")


def detect_script(text: str) -> str:
    """The script a text is mostly written in: "ar", "zh", "ru" (each one language's
    script here) or "latin" (en, fr, es)."""
    sample = text[:20000]
    scripts = {name: len("".join(pattern.findall(sample))) for name, pattern in _SCRIPT_CHARACTERS.items()}
    best_script = max(scripts, key=lambda k: scripts[k])
    if best_script != "latin" and scripts[best_script] > 0.2 * max(1, scripts["latin"]):
        return best_script
    return "latin"


def script_of(language: str) -> str:
    """The script ``detect_script`` names for texts in ``language``."""
    return language if language in _SCRIPT_CHARACTERS else "latin"


def detect_language(text: str) -> str:
    """Guess the language of a resolution from its script and common words."""
    sample = text[:20000]
    script = detect_script(sample)
    if script != "latin":
        return script
    words = _SAMPLE_WORD.findall(sample.lower())
    counts: dict[str, int] = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    scores = {lang: sum(counts.get(w, 0) for w in stop) for lang, stop in _STOPWORDS.items()}
    # "de", "la", "que" are shared by fr and es: the distinct words decide.
    return max(scores, key=lambda k: scores[k]) if words else "en"
