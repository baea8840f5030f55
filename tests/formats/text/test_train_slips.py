"""Typing slips injected into the official texts of shared/train are read through (issue 13).

The hidden texts carry slips this corpus does not: a paragraph number left out, a number
typed without its mark ("10 Alienta"), Chinese full-width figures ("１．"), an Arabic
tatweel for the dash ("3 ـ"). Each text whose structure equals the consensus gets two
such slips, in two operative paragraphs chosen by position (not by content) and not
side by side, and must
still give the same four counts: the reader generalizes instead of fitting the corpus.
"""

from __future__ import annotations

import re

import pytest

from drafter.formats.text.reader import parse_text
from support.corpus import TRAIN, load_tool

pytestmark = pytest.mark.slow  # reads about 1,500 texts twice: about 30 s

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
# Share of texts still exact: 100% in every language when written (main before issue 13's
# slip reading: under 2%); a floor, not the figure, so that one odd new text is no failure.
FLOOR = {lang: 99.5 for lang in LANGS}
_NUMBER = re.compile(r"^(\u200f?)(\d{1,3})( ?[.\-–] ?\u200f?)(?=\S)")
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _with_slips(text: str, lang: str) -> str | None:
    """The text with one operative number left out and another typed with a slip."""
    body, notes_line, notes = text.partition("\n__________")
    blocks = body.split("\n\n")
    numbered = [i for i, block in enumerate(blocks) if (m := _NUMBER.match(block)) and int(m.group(2)) > 1]
    if len(numbered) < 5:
        return None
    # two paragraphs apart, so that each slip has typed numbers on both sides
    dropped, slipped = numbered[len(numbered) // 4], numbered[len(numbered) // 4 + 2]
    found = _NUMBER.match(blocks[dropped])
    blocks[dropped] = blocks[dropped][found.end():]
    found = _NUMBER.match(blocks[slipped])
    number, words = found.group(2), blocks[slipped][found.end():]
    if lang == "zh":
        blocks[slipped] = number.translate(_FULL_WIDTH) + "．" + words
    elif lang == "ar":
        blocks[slipped] = f"{number} ـ {words}"
    else:
        blocks[slipped] = f"{number} {words}"
    return "\n\n".join(blocks) + notes_line + notes


@pytest.fixture(scope="module")
def shares() -> dict[str, tuple[int, int, list[str]]]:
    if not (TRAIN / "akn-parallel.tar.xz").is_file():
        pytest.skip("shared/train not present")
    breadth = load_tool("train_breadth")
    root = breadth.unpacked()
    found: dict[str, tuple[int, int, list[str]]] = {lang: (0, 0, []) for lang in LANGS}
    for row in breadth.truth_rows(TRAIN):
        if not row.get("consensus"):
            continue
        lang = row["lang"]
        text = (root / row["file"]).read_text(encoding="utf-8")
        slipped = _with_slips(text, lang)
        if slipped is None or parse_text(text, lang).counts() != row["consensus"]:
            continue
        exact, total, misses = found[lang]
        same = parse_text(slipped, lang).counts() == row["consensus"]
        found[lang] = (exact + same, total + 1, misses if same else [*misses, row["file"]])
    return found


def test_injected_slips_leave_the_structure_as_the_markup_counts_it(shares, capsys) -> None:
    lines = ["structure exact with a number left out and a slipped number injected per text:"]
    for lang in LANGS:
        exact, total, misses = shares[lang]
        lines.append(f"  {lang}: {exact}/{total} = {100 * exact / max(1, total):.1f}%  {misses[:3]}")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert all(100 * shares[lang][0] / max(1, shares[lang][1]) >= FLOOR[lang] for lang in LANGS)
