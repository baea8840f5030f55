"""The numbers and labels printed before paragraphs: "5.", "(b)", "b)", "(أ)".

Numbers are never stored in the model; the editor, the Word export and the
redline all draw them from the paragraphs' kinds and levels with this one
function, so what the drafter sees is what Word shows and what a redline tracks.
Following UN practice, a lone operative paragraph is not numbered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from drafter.core.lexicon import language_settings
from drafter.core.model import Paragraph, sublabel_core

DASHES = frozenset({"-", "–", "—", "•", "·"})
_ITEM_KINDS = {"subparagraph", "preambular_item"}
_RESET_KINDS = {"operative", "preambular", "clause", "heading"}


@dataclass(frozen=True)
class LabelStyle:
    opening: str = "("
    closing: str = ")"
    level1_letters: tuple[str, ...] = ()  # Arabic (أ) (ب) …; empty: Latin letters

    @classmethod
    def for_language(cls, language: str) -> LabelStyle:
        try:
            settings = language_settings(language or "en")
        except (FileNotFoundError, ValueError):
            settings = language_settings("en")
        return cls(
            settings.get("label_open", "("),
            settings.get("label_close", ")"),
            tuple(settings.get("level1_letters") or ()),
        )

    def sub_label(self, level: int, index: int) -> str:
        core = sublabel_core(level, index)
        if level == 1 and 0 < index <= len(self.level1_letters):
            core = self.level1_letters[index - 1]
        return f"{self.opening}{core}{self.closing}"


def printed_labels(
    items: Iterable[tuple[str, int, str | None]], style: LabelStyle
) -> list[str | None]:
    """One label per (kind value, level, source label) item; None where nothing is printed.

    A sub-item whose source carried a dash keeps the dash (SC 757's dash items).
    """
    entries = list(items)
    lone_operative = sum(1 for kind, _, _ in entries if kind == "operative") == 1
    labels: list[str | None] = []
    number = 0
    counters: list[int] = []
    for kind, level, source in entries:
        if kind == "operative":
            number += 1
            counters = []
            labels.append(None if lone_operative else f"{number}.")
        elif kind in _ITEM_KINDS:
            level = max(1, level)
            del counters[level:]
            while len(counters) < level:
                counters.append(0)
            counters[level - 1] += 1
            dash = (source or "").strip()
            labels.append(dash if dash in DASHES else style.sub_label(level, counters[level - 1]))
        else:
            if kind in _RESET_KINDS:
                counters = []
            labels.append(None)
    return labels


def paragraph_labels(paragraphs: Iterable[Paragraph], language: str) -> list[str | None]:
    """Labels of a resolution's body paragraphs in the language's style."""
    items = ((p.kind.value, p.level, p.source_label) for p in paragraphs)
    return printed_labels(items, LabelStyle.for_language(language))
