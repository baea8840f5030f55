"""The negotiation family: markup a facilitator must fix before the text can be read.

Brackets and labels are never drafting errors in a negotiation text (the other families
check each alternative with the markup resolved, see ``negotiation_views``). What is
wrong is markup that cannot be read one way: an unbalanced bracket, a group of
alternatives inside another, a "bis" or "alt" paragraph with nothing before it to follow.
Each is reported at its own address, and nothing is dropped from the text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.core.diagnostics import Diagnostic, rule_message, rule_severity
from drafter.core.model import ParagraphKind
from drafter.core.negotiation import analyse

if TYPE_CHECKING:
    from drafter.checks import CheckOptions
    from drafter.core.model import Resolution

_CATALOGUE = "negotiation"
_NO_BASE = re.compile(r"(?:^|\.)(?:PP|OP)0 ")
_KINDS = {
    ParagraphKind.PREAMBULAR: ("preambular", "préambulaire"),
    ParagraphKind.OPERATIVE: ("operative", "du dispositif"),
}


def _diagnostic(
    rule: str, address: str, start: int, end: int, options: CheckOptions, **values: str
) -> Diagnostic:
    message = rule_message(_CATALOGUE, rule, options.ui_language, **values)
    return Diagnostic(rule, rule_severity(_CATALOGUE, rule), address, start, end, message, source="structure")


def check(resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
    found = []
    for paragraph in resolution.paragraphs:
        for problem in analyse(paragraph.text).problems:
            if problem.kind == "nested-alternatives":
                found.append(_diagnostic("negotiation-nested-alternatives", paragraph.address,
                                         problem.start, problem.end, options))
            else:
                bracket, other = ("[", "]") if problem.kind == "unbalanced-open" else ("]", "[")
                found.append(_diagnostic("negotiation-unbalanced-bracket", paragraph.address,
                                         problem.start, problem.end, options, bracket=bracket, other=other))
        if paragraph.negotiation_label and _NO_BASE.search(paragraph.address):
            kind, kind_fr = _KINDS.get(paragraph.kind, ("", ""))
            found.append(_diagnostic("negotiation-orphan-label", paragraph.address, 0, 0, options,
                                     label=paragraph.negotiation_label, kind=kind, kind_fr=kind_fr))
    return found
