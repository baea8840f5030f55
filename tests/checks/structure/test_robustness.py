"""Structural checks never fail on odd input, and every span they report lies inside its text."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.checks.structure.family import check
from drafter.core.model import (
    Footnote,
    FootnoteRef,
    Metadata,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    assign_addresses,
)

UNRENDERED = re.compile(r"\{(?:opener|hint|expected|found|label|number|organ|gender|replacement)\}")
WORDS = ["Recalling", "Requests", "Consciente", "Conscient", "also", "further", "又请", "وإذ", "تشير",
         "Demands", "Chapter VII", "(a)", ";", ",", ".", ":", " ", "\u00a0", "”", "1", "a)", "",
         "Rappelant en outre", "Prie également", "préoccupé", "Convencida"]
texts = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join) | st.text(max_size=40)
labels = st.none() | st.sampled_from(
    ["1.", "3.", "(a)", "a)", "(c)", "(i)", "(ad)", "5 bis", "٣ -", "PP2", "-", ""]
)
paragraphs = st.builds(
    lambda kind, text, level, label, refs: Paragraph(
        kind, text, level=level, source_label=label,
        footnote_refs=[FootnoteRef(n, o) for n, o in refs],
    ),
    st.sampled_from(list(ParagraphKind)),
    texts,
    st.integers(min_value=0, max_value=4),
    labels,
    st.lists(st.tuples(st.integers(0, 9), st.integers(-3, 60)), max_size=3),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(paragraphs, max_size=12),
    st.sampled_from(["en", "fr", "es", "ru", "ar", "zh", "de", ""]),
    st.sampled_from(list(Organ)),
    st.sampled_from(["", "The General Assembly,", "Le Conseil de sécurité", "大会，", "X"]),
    st.lists(st.integers(0, 9), max_size=4),
)
def test_checks_never_fail_and_spans_are_inside(body, language, organ, formula, notes) -> None:
    assign_addresses(body)
    resolution = Resolution(
        meta=Metadata(organ=organ, language=language), formula=formula, paragraphs=body,
        footnotes=[Footnote(n, "Note.") for n in notes],
    )
    for diagnostic in check(resolution):
        assert diagnostic.message and not UNRENDERED.search(diagnostic.message)
        target = resolution.find(diagnostic.paragraph)
        length = len(target.text) if target else len(formula) if diagnostic.paragraph == "FORMULA" else None
        if length is not None:
            assert 0 <= diagnostic.start <= diagnostic.end <= length, diagnostic
            if diagnostic.fix is not None:
                assert 0 <= diagnostic.fix.start <= diagnostic.fix.end <= length, diagnostic
