"""Shared ground for the structural checks: the per-document context and punctuation helpers.

Every structural rule needs the same few things — the document language's settings
and lexicon, the organ, the rule catalogue and a way to build a diagnostic with a
rendered message — so they are gathered once per check run in
:class:`StructureContext` instead of being looked up paragraph by paragraph (the
largest corpus text has over 400 paragraphs and checking must stay in milliseconds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from drafter.core.diagnostics import Diagnostic, Fix, Severity, rule_message, rule_severity
from drafter.core.fix_labels import fill_fix_label
from drafter.core.lexicon import LANGUAGES, Lexicon, language_settings, lexicon, normalize
from drafter.core.model import Paragraph, ParagraphKind, Resolution
from drafter.core.scopes import draft_of
from drafter.parsing.patterns import without_note_after_mark
from drafter.resources import load_json

CATALOGUE = "structure"

# Final punctuation marks by what they do, whatever the script (Latin, Arabic, full-width).
PUNCTUATION_KIND = {
    ",": "comma", "،": "comma", "，": "comma",
    ";": "semicolon", "؛": "semicolon", "；": "semicolon",
    ".": "full_stop", "。": "full_stop", "．": "full_stop",
    ":": "colon", "：": "colon",
    "!": "other", "?": "other", "؟": "other", "！": "other", "？": "other",
}
# Characters that may close a paragraph after its punctuation mark ("…”." is usual, "….”" happens).
_CLOSERS = "\"'”’»)]）】」』"
# "…; and" / "…; or" between items (treaty style): the item still ends with a semicolon.
_TRAILING_CONJUNCTION = re.compile(r"([;؛；])\s*(?:and|or|et|ou|y|o|и|или|و|أو)$", re.IGNORECASE)


@dataclass(frozen=True)
class FinalMark:
    """Where a paragraph's final punctuation is (or would go when missing)."""

    kind: str | None  # "comma", "semicolon", "full_stop", "colon", "other" or None (missing)
    start: int  # span of the mark; start == end == insertion point when missing
    end: int


def final_mark(text: str) -> FinalMark:
    """The paragraph's closing punctuation, looking through closing quotes and brackets."""
    body = text.rstrip()
    # Only the last few characters matter; searching them alone keeps long paragraphs cheap.
    offset = max(0, len(body) - 12)
    tail = without_note_after_mark(body[offset:])  # "Convention;1", "Iran, 4": a note no footnote claimed
    conjunction = _TRAILING_CONJUNCTION.search(tail)
    if conjunction:
        position = offset + conjunction.start(1)
        return FinalMark("semicolon", position, position + 1)
    position = offset + len(tail)
    end = position
    while position > 0 and body[position - 1] in _CLOSERS:
        position -= 1
    if position > 0 and body[position - 1] in PUNCTUATION_KIND:
        return FinalMark(PUNCTUATION_KIND[body[position - 1]], position - 1, position)
    return FinalMark(None, end, end)


def structure_data() -> dict[str, Any]:
    """The rule catalogue's data section (reserved verbs, agreement suffixes, label alphabets …)."""
    return load_json(f"rules/{CATALOGUE}.json")["data"]


def fragment(name: str, ui_language: str) -> Any:
    texts = load_json(f"rules/{CATALOGUE}.json")["fragments"][name]
    return texts.get(ui_language) or texts["en"]


@dataclass
class StructureContext:
    """What every structural rule needs about the document being checked."""

    resolution: Resolution
    ui_language: str = "en"
    language: str = "en"
    settings: dict[str, Any] = field(default_factory=dict)
    lexicon: Lexicon | None = None
    organ_key: str = "GA"  # formula key: GA, SC, ECOSOC, HRC
    found: list[Diagnostic] = field(default_factory=list)
    # Nested drafts ("D1") -> the organ their formula names ("The General Assembly," in an
    # ECOSOC text): their openers agree with that organ, not the resolution's.
    draft_organs: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_resolution(cls, resolution: Resolution, ui_language: str = "en") -> StructureContext:
        supported = resolution.meta.language in LANGUAGES
        language = resolution.meta.language if supported else "en"
        settings = language_settings(language)
        drafts = {
            p.address: organ for p in resolution.paragraphs
            if p.kind is ParagraphKind.DRAFT_FORMULA and (organ := organ_named(settings, p.text))
        }
        return cls(
            resolution=resolution,
            ui_language=ui_language,
            language=language,
            settings=settings,
            # No lexicon for an unsupported language: every opener would look unknown.
            lexicon=lexicon(language) if supported else None,
            organ_key=resolution.meta.organ.formula_key,
            draft_organs=drafts,
        )

    def organ_of(self, paragraph: Paragraph) -> str:
        """The organ a paragraph speaks for: its nested draft's, else the resolution's."""
        if not self.draft_organs:
            return self.organ_key
        return self.draft_organs.get(draft_of(paragraph.address), self.organ_key)

    # -- building diagnostics --------------------------------------------------------

    def report(
        self,
        rule: str,
        address: str,
        start: int,
        end: int,
        *,
        fix: Fix | None = None,
        data: dict[str, Any] | None = None,
        **values: Any,
    ) -> Diagnostic:
        message = rule_message(CATALOGUE, rule, self.ui_language, **values)
        diagnostic = Diagnostic(
            rule=rule,
            severity=rule_severity(CATALOGUE, rule),
            paragraph=address,
            start=start,
            end=end,
            message=message,
            fix=fix,
            source="structure",
            data=dict(data or {}),
        )
        self.found.append(diagnostic)
        return diagnostic

    def punctuation_fix(self, text: str, mark: FinalMark, expected: str) -> Fix:
        """Replace (or add) the final punctuation mark, with the language's space before it."""
        start = mark.start
        if mark.kind is not None:
            # Drop a typographic space left before the old mark ("général ;" -> "général,").
            while start > 0 and text[start - 1] in " \u00a0\u202f":
                start -= 1
        spaces = structure_data()["space_before"].get(self.language, {})
        replacement = spaces.get(expected, "") + expected
        description = fragment("fix_punctuation", self.ui_language).format(expected=expected)
        return Fix(description, start, mark.end, replacement)

    def replace_fix(self, start: int, end: int, replacement: str) -> Fix:
        description = fill_fix_label(fragment("fix_replace", self.ui_language), replacement.strip())
        return Fix(description, start, end, replacement)

    def remove_fix(self, text: str, start: int, end: int) -> Fix:
        """Remove ``text[start:end]`` and one space next to it."""
        found = text[start:end]
        if end < len(text) and text[end] == " ":
            end += 1
        elif start > 0 and text[start - 1] == " ":
            start -= 1
        description = fragment("fix_remove", self.ui_language).format(found=found)
        return Fix(description, start, end, "")

    def found_mark(self, text: str, mark: FinalMark) -> str:
        """The closing mark as found, quoted for a message ("“;”", or "no punctuation mark")."""
        if mark.kind is None:
            return fragment("no_mark", self.ui_language)
        return fragment("mark", self.ui_language).format(mark=text[mark.start:mark.end])

    def hint(self, suggestions: list[str]) -> str:
        if not suggestions:
            return ""
        quoted = ", ".join(f"“{s}”" for s in suggestions)
        return fragment("suggestions", self.ui_language).format(suggestions=quoted)

    # -- reading the document ----------------------------------------------------------

    def expected_end(self, key: str) -> str:
        """The language's mark for ``preamble_end``, ``operative_end``, ``last_end``, ``lead_in_end``."""
        return self.settings.get("punctuation", {}).get(key) or {
            "preamble_end": ",", "operative_end": ";", "last_end": ".",
            "lead_in_end": ":", "subparagraph_end": ";",
        }[key]


def formula_core(formula: str) -> str:
    """A formula compared loosely: case, spaces, apostrophes and final punctuation aside."""
    text = normalize(formula)
    while text and text[-1] in ",،，:：;.":
        text = text[:-1].rstrip()
    return text


def organ_named(settings: dict[str, Any], formula: str) -> str | None:
    """The organ key whose formula ``formula`` is in the language of ``settings``, or None."""
    core = formula_core(formula)
    for organ, expected in settings.get("formulas", {}).items():
        if formula_core(expected) == core:
            return organ
    # A missing space ("The GeneralAssembly,"): the organ still, the slip reported (formula-slip)
    squeezed = core.replace(" ", "")
    for organ, expected in settings.get("formulas", {}).items():
        if formula_core(expected).replace(" ", "") == squeezed:
            return organ
    return None


def is_top_level(paragraph: Paragraph) -> bool:
    return paragraph.kind in (ParagraphKind.PREAMBULAR, ParagraphKind.OPERATIVE, ParagraphKind.CLAUSE)


def is_item(paragraph: Paragraph) -> bool:
    return paragraph.kind in (ParagraphKind.SUBPARAGRAPH, ParagraphKind.PREAMBULAR_ITEM)


def severity_of(rule: str) -> Severity:
    return rule_severity(CATALOGUE, rule)
