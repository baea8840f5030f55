"""Check family 'formatting': what only a Word source can get wrong.

Runs only on what the reader knew: a paragraph whose ``italic_spans`` is None
(plain text) is never judged on italics, a footnote mark whose ``styled`` is None
never on its style. Rules (messages in ``resources/rules/formatting.json``):
the opening phrase is italic, and only it (linking words and the object stay
roman, secondary verbs and sub-paragraph text too); the organ formula is italic;
automatic and typed numbering are not mixed; footnote marks use the footnote
reference style. Reader notes (tracked changes accepted) become info diagnostics; a
text read in another language than the one given, a warning (language-read-as).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.core.diagnostics import Diagnostic, rule_message, rule_severity
from drafter.core.lexicon import LANGUAGES, Lexicon, language_settings, lexicon, normalize
from drafter.core.model import Paragraph, ParagraphKind, Span
from drafter.parsing.language import note_languages
from drafter.resources import load_json

if TYPE_CHECKING:
    from drafter.checks import CheckOptions
    from drafter.core.model import Resolution

CATALOGUE = "formatting"
TRACKED_CHANGES_NOTE = "tracked changes were accepted"  # written by drafter.formats.docx.read_body
_WORD = re.compile(r"[^\s\u00a0\u202f]+")
_PARTS = {ParagraphKind.PREAMBULAR: "preamble", ParagraphKind.OPERATIVE: "operative"}
_SECONDARY_KINDS = (
    ParagraphKind.PREAMBULAR, ParagraphKind.OPERATIVE, ParagraphKind.SUBPARAGRAPH,
    ParagraphKind.PREAMBULAR_ITEM,
)


def _diagnostic(rule: str, address: str, start: int, end: int, options: CheckOptions, **values: object):
    return Diagnostic(
        rule, rule_severity(CATALOGUE, rule), address, start, end,
        rule_message(CATALOGUE, rule, options.ui_language, **values), source="format",
    )


def check(resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    found.extend(_reader_notes(resolution, options))
    found.extend(_formula(resolution, options))
    found.extend(_italics(resolution, options))
    found.extend(_numbering(resolution, options))
    found.extend(_footnote_marks(resolution, options))
    return found


# --- reader notes and formula ---------------------------------------------------------

def _reader_notes(resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
    out = []
    for note in resolution.reader_notes:
        languages = note_languages(note)
        if note == TRACKED_CHANGES_NOTE:
            out.append(_diagnostic("tracked-changes-accepted", "DOC", 0, 0, options))
        elif languages is not None:
            data = load_json(f"rules/{CATALOGUE}.json")["data"]["language_names"]
            names = data.get(options.ui_language, data["en"])
            read_as, given = (names[language] for language in languages)
            out.append(_diagnostic("language-read-as", "DOC", 0, 0, options, read_as=read_as, given=given))
        else:
            out.append(_diagnostic("reader-note", "DOC", 0, 0, options, note=note))
    return out


def _italic_language(language: str) -> bool:
    """Arabic and Chinese set no italics (resources/languages/*.json, "italic_openers")."""
    return language in LANGUAGES and bool(language_settings(language).get("italic_openers", False))


def _formula(resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
    if resolution.formula_italic is not False or not resolution.formula.strip():
        return []
    if not _italic_language(resolution.meta.language):
        return []
    formula = resolution.formula.strip().rstrip(",，:;")
    end = len(resolution.formula)
    return [_diagnostic("formula-not-italic", "FORMULA", 0, end, options, formula=formula)]


# --- italics ---------------------------------------------------------------------------

class _Italics:
    """Italic runs of one paragraph, merged across whitespace (a roman space breaks nothing)."""

    def __init__(self, text: str, spans: list[Span]) -> None:
        self.text = text
        merged: list[list[int]] = []
        for start, end in sorted((max(0, s.start), min(len(text), s.end)) for s in spans):
            if start >= end:
                continue
            if merged and (start <= merged[-1][1] or not text[merged[-1][1]:start].strip()):
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.runs: list[tuple[int, int]] = []
        for start, end in merged:
            piece = text[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                self.runs.append((start + lead, start + len(piece.rstrip())))

    def covered(self, index: int) -> bool:
        return any(start <= index < end for start, end in self.runs)

    def letters(self, start: int, end: int) -> list[int]:
        return [i for i in range(max(0, start), min(end, len(self.text))) if self.text[i].isalnum()]

    def run_at(self, index: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.runs if s <= index < e), None)


def _extension_allowed(extra: str, language: str) -> bool:
    """May these words stay in the opener's italic run (an adverb, "its appreciation")?"""
    data = _data()
    settings = data["italic_extension"].get(language, {})
    words = [normalize(w).strip(",;:.") for w in _WORD.findall(extra)]
    if not words or len(words) > int(data["max_extension_words"]):
        return False
    adverbs = set(settings.get("adverbs", []))
    if all(word in adverbs for word in words):
        return True
    return words[0] in set(settings.get("possessives", []))


def _italics(resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
    language = resolution.meta.language
    if not _italic_language(language):
        return []
    lex = lexicon(language)
    judged = [p for p in resolution.paragraphs if p.italic_spans is not None and p.kind in _PARTS]
    if judged and not any(p.italic_spans for p in judged):
        # A Word file with no italics at all: one finding, not one per paragraph.
        return [_diagnostic("no-italics", judged[0].address, 0, 0, options, count=len(judged))]
    out: list[Diagnostic] = []
    for paragraph in resolution.paragraphs:
        if paragraph.italic_spans is None or paragraph.kind not in _SECONDARY_KINDS:
            continue
        italics = _Italics(paragraph.text, paragraph.italic_spans)
        opener_end = 0
        part = _PARTS.get(paragraph.kind)
        if part is not None:
            opener_end, found = _opener(paragraph, part, italics, lex, language, options)
            out.extend(found)
        out.extend(_secondary(paragraph, italics, opener_end, lex, options))
    return out


def _opener(
    paragraph: Paragraph, part: str, italics: _Italics, lex: Lexicon, language: str, options: CheckOptions
) -> tuple[int, list[Diagnostic]]:
    """Diagnostics on the opening phrase; returns where the opener's italic run ends."""
    text = paragraph.text
    start = len(text) - len(text.lstrip())
    first_word = _WORD.match(text, start)
    if first_word is None:
        return 0, []
    # The lexicon decides the extent, for this check and for the exporter alike.
    decided = lex.opener_italics(text, part)
    if decided is None:
        return 0, []
    match = decided.match
    if match is None:
        # An opener the lexicon does not know (structure checks name it): still judge its first word.
        if not any(italics.covered(i) for i in italics.letters(start, decided.end)):
            return 0, [_diagnostic("opener-not-italic", paragraph.address, start, decided.end,
                                   options, opener=text[start:decided.end])]
        return 0, []
    measured = bool(match.entry.italic_scope)
    # What may be italic: the measured scope, else the phrase up to its first linking word
    # (the lexicon decides both, so the exporter, the editor and this check agree).
    allowed_end = match.italic_end
    # What must be italic: all of a measured scope; else the first word and its adverbs, since
    # unmeasured phrases ("Rappelant sa résolution") are often italic only on their first word.
    required_end = allowed_end if measured else _first_word_end(text, start, allowed_end, language)
    if not any(italics.covered(i) for i in italics.letters(start, first_word.end())):
        opener = text[start:allowed_end]
        return 0, [_diagnostic("opener-not-italic", paragraph.address, start, allowed_end,
                               options, opener=opener)]
    out: list[Diagnostic] = []
    if not all(italics.covered(i) for i in italics.letters(start, required_end)):
        opener = text[start:required_end]
        out.append(_diagnostic("opener-not-italic", paragraph.address, start, required_end,
                               options, opener=opener))
        return required_end, out
    letters = italics.letters(start, required_end)
    opening_run = italics.run_at(letters[0]) if letters else None
    run_end = opening_run[1] if opening_run else required_end
    if run_end > allowed_end:
        gap = text[allowed_end:run_end]
        extra_start = allowed_end + len(gap) - len(gap.lstrip())
        extra = text[extra_start:run_end]
        if italics.letters(extra_start, run_end) and not _extension_allowed(extra, language):
            out.append(_diagnostic("italic-beyond-opener", paragraph.address, extra_start, run_end,
                                   options, extra=_clip(extra)))
    return max(run_end, allowed_end), out


def _data() -> dict:
    return load_json(f"rules/{CATALOGUE}.json")["data"]


def _first_word_end(text: str, start: int, end: int, language: str) -> int:
    """End of the first word and the sequencing adverbs that follow it ("Rappelant également")."""
    adverbs = set(_data()["italic_extension"].get(language, {}).get("sequencing", []))
    words = list(_WORD.finditer(text, start, end))
    last = words[0].end() if words else end
    for word in words[1:]:
        if normalize(word.group(0)).strip(",;:.") not in adverbs:
            break
        last = word.end()
    return last


def _secondary(
    paragraph: Paragraph, italics: _Italics, after: int, lex: Lexicon, options: CheckOptions
) -> list[Diagnostic]:
    """Italic verbs later in the paragraph (or anywhere in a sub-paragraph)."""
    out = []
    for start, end in italics.runs:
        if start < after:
            continue
        for part in ("operative", "preamble"):
            match = lex.match(paragraph.text[start:end], part)
            if match is not None and match.end > 0:
                words = paragraph.text[start:start + match.end]
                out.append(_diagnostic("italic-verb-in-paragraph", paragraph.address, start,
                                       start + match.end, options, words=words))
                break
    return out


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- numbering and footnote marks -------------------------------------------------------

def _numbering(resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
    numbered = [
        p for p in resolution.paragraphs
        if p.kind in (ParagraphKind.OPERATIVE, ParagraphKind.SUBPARAGRAPH)
        and (p.auto_numbered or p.source_label)
    ]
    auto = [p for p in numbered if p.auto_numbered]
    typed = [p for p in numbered if not p.auto_numbered]
    if not auto or not typed:
        return []
    minority = auto if len(auto) < len(typed) else typed
    first = minority[0]
    return [_diagnostic("numbering-mixed", first.address, 0, 0, options, auto=len(auto), typed=len(typed))]


def _footnote_marks(resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
    out = []
    for paragraph in resolution.paragraphs:
        for reference in paragraph.footnote_refs:
            if reference.styled is False:
                out.append(_diagnostic("footnote-reference-style", paragraph.address, reference.offset,
                                       reference.offset, options, number=reference.number))
    return out
