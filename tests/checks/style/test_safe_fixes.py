"""A fix is offered only where applying it keeps the sentence whole."""

from __future__ import annotations

import pytest

import drafter
from drafter.core.model import Metadata, Paragraph, ParagraphKind, Resolution, assign_addresses


def _preamble(text: str) -> Resolution:
    resolution = Resolution(meta=Metadata(language="en"))
    resolution.paragraphs = [Paragraph(ParagraphKind.PREAMBULAR, text),
                             Paragraph(ParagraphKind.OPERATIVE, "Decides to remain seized of the matter.")]
    assign_addresses(resolution.paragraphs)
    return resolution


def _plural_list(resolution: Resolution) -> list[drafter.Diagnostic]:
    return [d for d in drafter.check(resolution) if d.rule == "resolutions-plural-list"]


def test_a_pair_of_resolutions_gets_the_plural_fix() -> None:
    found = _plural_list(_preamble("Recalling its resolution 62/63 and resolution 63/119,"))
    assert [d.fix.replacement for d in found] == ["resolutions 62/63 and "]


@pytest.mark.parametrize("separator", [", ", ",\u00a0"])
def test_the_last_pair_of_a_longer_list_gets_no_fix(separator: str) -> None:
    text = (f"Recalling its resolution 65/37 A of 7 December 2010{separator}resolution 66/231 of "
            f"24 December 2011{separator}resolution 70/235 of 23 December 2015 and resolution 71/257,")
    assert _plural_list(_preamble(text)) == []
