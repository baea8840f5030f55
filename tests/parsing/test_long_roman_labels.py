"""Long sub-paragraph series: "(xviii)", "xxiii)" are labels (ECOSOC 2021/29 has 27 items)."""

from __future__ import annotations

import drafter
from drafter.core.model import roman


def test_roman_labels_beyond_four_letters_continue_the_series() -> None:
    items = "\n\n".join(f"{roman(n)}) поддерживать пункт {n};" for n in range(1, 25))
    resolution = drafter.parse_text(
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 75/1,\n\n"
        f"1. призывает:\n\nа) правительства:\n\n{items}\n\n2. постановляет продолжить рассмотрение.\n",
        language="ru",
    )
    assert resolution.counts()["subparagraphs"] == 25
    assert [p.source_label for p in resolution.subparagraphs][18:20] == ["xviii)", "xix)"]
    assert not [d for d in drafter.check(resolution) if d.rule == "subparagraph-label-sequence"]


def test_a_cyrillic_lookalike_inside_a_latin_series_is_no_break() -> None:
    # GA 75/183 ru: "d)" then "е)" typed with the Cyrillic е, then "f)"; GA 75/176 ru: "а)" Cyrillic first.
    for labels in (["a", "b", "c", "d", "е", "f"], ["а", "b", "c", "d", "e", "f"]):
        items = "\n\n".join(f"{label}) поддерживать пункт;" for label in labels)
        resolution = drafter.parse_text(
            f"Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 75/1,\n\n1. призывает:\n\n{items}\n\n"
            "2. постановляет продолжить рассмотрение.\n",
            language="ru",
        )
        assert resolution.counts()["subparagraphs"] == 6
        assert not [d for d in drafter.check(resolution) if d.rule == "subparagraph-label-sequence"], labels
