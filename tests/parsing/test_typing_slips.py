"""Typing slips in operative numbers, as official texts have them (issue 13).

"10 Alienta" (no full stop, GA 75/228 es) and "l. Decides" (the letter l for the
figure 1) are numbered operative paragraphs, and the slip is reported.
"""

from __future__ import annotations

import drafter
from drafter.core.model import ParagraphKind
from drafter.parsing.labels import slip_number


def _diagnostics(resolution, rule: str) -> list:
    return [d for d in drafter.check(resolution) if d.rule == rule]


def test_letter_l_for_the_figure_one_opens_the_operative_part() -> None:
    resolution = drafter.parse_text(
        "The General Assembly,\n\nRecalling its resolution 75/1,\n\n"
        "l. Decides to act;\n\n2. Requests the Secretary-General to report.\n",
        language="en",
    )
    assert resolution.counts()["operative"] == 2 and resolution.counts()["preamble"] == 1
    assert resolution.operative[0].text.startswith("Decides")
    slips = _diagnostics(resolution, "operative-number-slip")
    found = [(d.paragraph, d.data["found_label"], d.severity.value) for d in slips]
    assert found == [("OP1", "l.", "warning")]
    assert not _diagnostics(resolution, "operative-numbering-gap")


def test_number_without_its_full_stop_is_still_the_next_paragraph() -> None:
    resolution = drafter.parse_text(
        "La Asamblea General,\n\nRecordando su resolución 75/1,\n\n1. Decide actuar;\n\n"
        "2 Alienta a los Estados a que presten ayuda;\n\n3. Invita a los Estados a informar.\n",
        language="es",
    )
    assert [p.kind for p in resolution.paragraphs] == [
        ParagraphKind.PREAMBULAR, ParagraphKind.OPERATIVE, ParagraphKind.OPERATIVE, ParagraphKind.OPERATIVE
    ]
    assert resolution.operative[1].text.startswith("Alienta")
    slips = _diagnostics(resolution, "operative-number-slip")
    assert [d.paragraph for d in slips] == ["OP2"]
    assert "2" in slips[0].message


def test_a_sentence_starting_with_a_figure_is_not_a_slip() -> None:
    resolution = drafter.parse_text(
        "The General Assembly,\n\nRecalling its resolution 75/1,\n\n1. Decides to act:\n\n"
        "2 countries have reported so far;\n\n2. Requests the Secretary-General to report.\n",
        language="en",
    )
    assert resolution.counts()["operative"] == 2
    assert not _diagnostics(resolution, "operative-number-slip")


def test_arabic_numbers_with_a_dash_are_no_slip() -> None:
    resolution = drafter.parse_text(
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 75/1،\n\n1 - تقرر أن تعمل؛\n\n"
        "2 – تطلب إلى الأمين العام أن يقدم تقريرا؛\n\n3- تدعو الدول إلى التعاون.\n",
        language="ar",
    )
    assert resolution.counts()["operative"] == 3
    assert not _diagnostics(resolution, "operative-number-slip")
    assert not _diagnostics(resolution, "operative-numbering-gap")


def test_a_negotiation_label_is_no_slip() -> None:
    """"1 bis." and "2 alt." are labels after a number, not a number without its full stop."""
    assert slip_number("1 bis.") is None and slip_number("2 alt") is None
    assert slip_number("10") == 10 and slip_number("l.") == 1
