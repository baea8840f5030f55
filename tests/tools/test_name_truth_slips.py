"""The truth-slip naming of tools/name_truth_slips.py on made-up rows and paragraphs.

A structure miss is named "the text differs from the consensus" only on evidence; here
each kind of evidence, and its absence, is checked on its own.
"""

from __future__ import annotations

from types import SimpleNamespace

from support.corpus import load_tool


def _paragraphs(*texts: str, kind: str = "preambular") -> list:
    prefix = "PP" if kind == "preambular" else "OP"
    return [SimpleNamespace(address=f"{prefix}{i}", text=t, kind=SimpleNamespace(value=kind))
            for i, t in enumerate(texts, 1)]


def test_the_versions_own_markup_count_is_evidence_where_usable() -> None:
    tool = load_tool("name_truth_slips")
    row = {"n_preamble": 4, "n_operative": 0, "consensus": {"preamble": 5, "operative": 9}}
    assert "n_preamble 4" in tool._own_markup(row, "preamble", 4)
    assert tool._own_markup(row, "preamble", 3) is None  # the markup says otherwise
    assert tool._own_markup(row, "operative", 0) is None  # 0 against 9: the markup left them unmarked


def test_an_english_paragraph_whose_figures_the_text_lacks_is_absent() -> None:
    tool = load_tool("name_truth_slips")
    english = _paragraphs("Recalling resolution 1234 (2010),", "Recalling its resolution 75/250,",
                          "Noting the report A/75/777,")
    mine = _paragraphs("回顾第75/250号决议，", "注意到报告A/75/777，")
    found = tool._absent(english, mine, "preamble", 1)
    assert "English PP1" in found and "1234, 2010" in found
    assert tool._absent(english, mine, "preamble", 2) is None  # one absent paragraph, not two


def test_a_paragraph_repeated_word_for_word_is_the_extra_one() -> None:
    tool = load_tool("name_truth_slips")
    mine = _paragraphs("Recalling A,", "Noting B,", "Recalling A,")
    assert "PP3 repeats PP1" in tool._repeated(mine, "preamble", 1)
    assert tool._repeated(_paragraphs("Recalling A,", "Noting B,"), "preamble", 1) is None
