"""The text writer: what it writes, the text reader reads back as the same resolution."""

from __future__ import annotations

import pytest

import drafter
from drafter.formats.text.reader import read_text_file
from drafter.formats.text.writer import NOTES_RULE, render_text, save_text
from support.corpus import CORPUS

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")


@pytest.mark.parametrize("name", ["GA_76_72_en.txt", "GA_76_71_ar.txt", "GA_76_71_fr.txt", "GA_75_100_zh.txt",
                                  "GA_75_100_ru.txt", "SC_687_en.txt", "SC_660_en.txt"])
def test_an_official_text_written_out_reads_back_the_same(name, tmp_path) -> None:
    """Also measured on 240 texts drawn at random from shared/train (six languages): paragraphs,
    marks and notes identical in all, the metadata in 239 (one loses its date of issue). Known
    misses: a mark glued to a figure ("resolution 77/228" + note 5) reads as part of it
    (GA_78_220 OP1, SC_814 PP24), as it would in any plain-text rendering."""
    original = drafter.read(CORPUS / name)
    path = tmp_path / name
    assert save_text(original, path) == []
    again = read_text_file(path)
    assert [(p.kind, p.level, p.text) for p in again.paragraphs] == [
        (p.kind, p.level, p.text) for p in original.paragraphs]
    assert [[r.number for r in p.footnote_refs] for p in again.paragraphs] == [
        [r.number for r in p.footnote_refs] for p in original.paragraphs]
    assert [(n.number, n.text) for n in again.footnotes] == [(n.number, n.text) for n in original.footnotes]
    for field in ("symbol", "language", "title", "number", "adoption_date", "agenda_item", "date", "session"):
        assert getattr(again.meta, field) == getattr(original.meta, field), field


def test_arabic_labels_and_notes_are_written_the_arabic_way() -> None:
    text = render_text(drafter.read(CORPUS / "GA_75_100_ar.txt"))
    assert "\n\n1 - " in text and "\n\n2 - " in text
    notes = text[text.index(NOTES_RULE):].splitlines()[1:]
    assert notes and all(line.split(" ", 2)[1] == "()" for line in notes)
    assert "\n\n75/100. - استعراض شامل للبعثات السياسية الخاصة\n\n" in text  # the Arabic title number


def test_an_arabic_title_number_is_written_and_read_back_the_arabic_way(tmp_path) -> None:
    resolution = drafter.read(CORPUS / "GA_76_71_ar.txt")  # its own title line has no ". -"
    path = tmp_path / "GA_76_71_ar.txt"
    assert save_text(resolution, path) == []
    lines = path.read_text(encoding="utf-8").splitlines()
    title_line = next(line for line in lines if line.startswith("76/71"))
    assert title_line.startswith("76/71. - استدامة مصائد الأسماك")
    again = read_text_file(path)
    assert (again.meta.number, again.meta.title) == (resolution.meta.number, resolution.meta.title)


def test_the_cover_is_kept_as_found_until_the_page_changes_what_it_says() -> None:
    resolution = drafter.read(CORPUS / "GA_76_72_en.txt")
    cover = "United Nations\nA/RES/76/72\nGeneral Assembly\nDistr.: General\n20 December 2021\n"
    assert render_text(resolution).startswith(cover)
    resolution.meta.session = "Seventy-seventh session"
    text = render_text(resolution)
    assert text.startswith("A/RES/76/72\nSeventy-seventh session\nAgenda item 78 (a)\n")
    assert "Distr.: General" not in text and "\n\n76/72. Oceans and the law of the sea\n\n" in text
