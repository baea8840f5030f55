"""The citations of a resolution, paragraph by paragraph, as the family's rules see them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from drafter.citations.extract import mentions
from drafter.citations.mention import Mention
from drafter.citations.scopes import paragraphs_with_organ, text_organ
from drafter.core.diagnostics import Diagnostic, Fix, Severity, rule_message, rule_severity
from drafter.core.model import ParagraphKind, Resolution
from drafter.resources import load_json

CATALOGUE = "citations"


@dataclass(frozen=True)
class Cited:
    address: str  # "PP3", "OP5(b)", "B.PP2", "FN4"
    text: str  # the paragraph's text
    language: str
    mention: Mention
    preambular: bool = False  # a preambular paragraph (of the text, a part or a nested draft)
    organ: str = ""  # the organ whose text this paragraph is ("its" means this organ)


def cited_in(resolution: Resolution) -> Iterator[Cited]:
    """Every mention in the body paragraphs, then in the footnotes, in text order.

    Inside a draft an ECOSOC resolution recommends ("The General Assembly," …), "its
    resolution" is the General Assembly's: the nested formula sets the organ."""
    code = resolution.meta.language or "en"
    for paragraph, organ in paragraphs_with_organ(resolution):
        preambular = paragraph.kind is ParagraphKind.PREAMBULAR
        for mention in mentions(paragraph.text, code, organ):
            yield Cited(paragraph.address, paragraph.text, code, mention, preambular, organ)
    organ = text_organ(resolution)
    for footnote in resolution.footnotes:
        for mention in mentions(footnote.text, code, organ):
            yield Cited(f"FN{footnote.number}", footnote.text, code, mention, False, organ)


def settings() -> dict:
    """The catalogue, with the thresholds the rules read (``title_threshold`` …)."""
    return load_json(f"rules/{CATALOGUE}.json")


def diagnostic(rule: str, cited: Cited, ui: str, start: int | None = None, end: int | None = None,
               fix: Fix | None = None, severity: Severity | None = None, message: str = "",
               **values: object) -> Diagnostic:
    """A finding at ``cited``'s symbol (or ``start``:``end`` of its paragraph)."""
    return Diagnostic(
        rule, severity or rule_severity(CATALOGUE, rule), cited.address,
        cited.mention.start if start is None else start, cited.mention.end if end is None else end,
        message or rule_message(CATALOGUE, rule, ui, **values), fix=fix, source="citations",
    )


def localized(rule: str, field: str, ui: str, **values: object) -> str:
    """Another text of a rule (``fix``, ``message_repeated`` …) in the interface language."""
    texts = settings()["rules"][rule][field]
    return (texts.get(ui) or texts["en"]).format(**values)
