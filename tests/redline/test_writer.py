"""The redline is a real Word tracked-change document: accept all = new, reject all = base."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from drafter.comparison import build_comparison, compare
from drafter.core.model import (
    ParagraphKind,
    Resolution,
)
from drafter.redline.writer import write_redline
from support.redline import (
    BASE,
    NEW,
    assert_round_trip,
    body_labels,
    make,
)
from support.redline_view import (
    normalize,
    paragraph_view,
    read_view,
    revision_attributes,
    split_label,
)


def test_redline_accepts_to_new_and_rejects_to_base(tmp_path: Path) -> None:
    assert_round_trip(BASE, NEW, tmp_path / "redline.docx")


def test_redline_revisions_have_author_date_and_unique_ids(tmp_path: Path) -> None:
    path = tmp_path / "redline.docx"
    write_redline(BASE, NEW, path, author="Test Author", date="2026-11-27T08:00:00Z")
    revisions = revision_attributes(path)
    assert len(revisions) > 10
    assert {r["author"] for r in revisions} == {"Test Author"}
    assert {r["date"] for r in revisions} == {"2026-11-27T08:00:00Z"}
    ids = [r["id"] for r in revisions]
    assert len(ids) == len(set(ids))


def test_whole_paragraph_insertions_and_deletions_mark_the_paragraph_mark(tmp_path: Path) -> None:
    path = tmp_path / "redline.docx"
    write_redline(BASE, NEW, path)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    deleted = [p for p in body.iter(w + "p") if p.find(f"{w}pPr/{w}rPr/{w}del") is not None]
    inserted = [p for p in body.iter(w + "p") if p.find(f"{w}pPr/{w}rPr/{w}ins") is not None]
    deleted_texts = {split_label(normalize(paragraph_view(p, accept=False)[0]))[1] for p in deleted}
    inserted_texts = {split_label(normalize(paragraph_view(p, accept=True)[0]))[1] for p in inserted}
    # PP2 deleted; OP4 (Decides …) moved: deleted at its old place, inserted at the new one
    assert "Noting with concern the state of fish stocks," in deleted_texts
    assert "Decides to remain seized of the matter." in deleted_texts
    assert "Decides to remain seized of the matter." in inserted_texts
    assert "Invites all Member States to contribute to the trust fund;" in inserted_texts


def test_identical_texts_give_a_redline_without_revisions(tmp_path: Path) -> None:
    path = tmp_path / "same.docx"
    write_redline(BASE, BASE, path)
    assert revision_attributes(path) == []


def test_numbers_are_tracked_so_each_view_has_its_own_numbering(tmp_path: Path) -> None:
    path = tmp_path / "redline.docx"
    write_redline(BASE, NEW, path)
    first = "Recalling its resolution 70/1 of 25 September 2015,"
    accepted = body_labels(read_view(path, accept=True).paragraphs, first)
    rejected = body_labels(read_view(path, accept=False).paragraphs, first)
    assert accepted[:8] == [None, "1.", "2.", "3.", "(a)", "(b)", "(c)", "4."]
    assert rejected[:8] == [None, None, "1.", "2.", "(a)", "(b)", "3.", "4."]


def test_footnotes_keep_their_order_in_both_views_when_the_text_around_them_moves(
    tmp_path: Path,
) -> None:
    convention = "recalls the United Nations Convention on the Law of the Sea of 10 December 1982"
    agreement = "welcomes the entry into force of the Agreement on fish stocks"
    text_base = f"Also {convention} and {agreement} and of its annexes;"
    text_new = f"Also {agreement} and of its annexes and {convention};"
    base = make([("operative", text_base, (1, text_base.index(" and")),
                  (2, text_base.index(" and of")))],
                {1: "Treaty Series, vol. 1833.", 2: "Ibid., vol. 2167."})
    new = make([("operative", text_new, (1, len(text_new) - 1))], {1: "Treaty Series, vol. 1833."})
    comparison = build_comparison(base, new)
    assert [d.kind for d in comparison.paragraphs] == ["changed"]
    assert_round_trip(base, new, tmp_path / "reordered.docx")


def test_section_numerals_of_headings_are_tracked_when_sections_are_renumbered(tmp_path: Path) -> None:
    def sections(titles: list[tuple[str, str, str]]) -> Resolution:
        resolution = make([row for _, title, text in titles
                           for row in (("heading", title), ("operative", text))])
        headings = [p for p in resolution.paragraphs if p.kind is ParagraphKind.HEADING]
        for paragraph, (numeral, _, _) in zip(headings, titles, strict=True):
            paragraph.source_label = numeral
        return resolution

    base = sections([("I", "Capacity-building", "Calls for capacity-building;"),
                     ("II", "Cooperation", "Encourages cooperation among States;")])
    new = sections([("I", "Capacity-building", "Calls for capacity-building;"),
                    ("II", "Marine science", "Stresses the importance of marine science;"),
                    ("III", "Cooperation", "Encourages cooperation among States;")])
    path = tmp_path / "sections.docx"
    assert_round_trip(base, new, path)
    accepted = body_labels(read_view(path, accept=True).paragraphs, "Capacity-building")
    rejected = body_labels(read_view(path, accept=False).paragraphs, "Capacity-building")
    assert accepted[:6] == ["I", "1.", "II", "2.", "III", "3."]
    assert rejected[:4] == ["I", "1.", "II", "2."]


def test_a_changed_title_is_tracked_word_by_word(tmp_path: Path) -> None:
    renamed = make([("operative", "Decides to remain seized of the matter.")])
    renamed.meta.title = "Sustainable fisheries and aquaculture"
    base = make([("operative", "Decides to remain seized of the matter.")])
    path = tmp_path / "title.docx"
    write_redline(base, renamed, path)
    assert "Sustainable fisheries and aquaculture" in read_view(path, accept=True).paragraphs
    assert "Sustainable fisheries" in read_view(path, accept=False).paragraphs
    assert [c.description for c in compare(base, renamed)] == [
        "Title changed from 'Sustainable fisheries' to 'Sustainable fisheries and aquaculture'"]


def test_a_changed_formula_is_tracked(tmp_path: Path) -> None:
    base = make([("operative", "Decides to remain seized of the matter.")])
    council = make([("operative", "Decides to remain seized of the matter.")])
    council.formula = "The Economic and Social Council,"
    path = tmp_path / "formula.docx"
    write_redline(base, council, path)
    assert "The Economic and Social Council," in read_view(path, accept=True).paragraphs
    assert "The General Assembly," in read_view(path, accept=False).paragraphs
    assert [c.kind.value for c in compare(base, council)] == ["formula_changed"]


def test_a_whole_new_annex_is_inserted_and_a_removed_one_deleted(tmp_path: Path) -> None:
    from drafter.core.model import Annex

    base = make([("operative", "Decides to remain seized of the matter.")])
    new = make([("operative", "Decides to remain seized of the matter.")])
    new.annexes = [Annex("Annex", ["Terms of reference of the working group", "1. The group shall meet."])]
    assert [c.description for c in compare(base, new)] == ["New Annex inserted"]
    path = tmp_path / "annex.docx"
    write_redline(base, new, path)
    accepted, rejected = read_view(path, accept=True), read_view(path, accept=False)
    assert accepted.paragraphs[-3:] == ["Annex", "Terms of reference of the working group",
                                        "1. The group shall meet."]
    assert "1. The group shall meet." not in rejected.paragraphs and "Annex" not in rejected.paragraphs
    removed = tmp_path / "removed.docx"
    write_redline(new, base, removed)
    assert "1. The group shall meet." in read_view(removed, accept=False).paragraphs
    assert "1. The group shall meet." not in read_view(removed, accept=True).paragraphs


def test_the_redline_keeps_tracking_further_edits(tmp_path: Path) -> None:
    path = tmp_path / "redline.docx"
    write_redline(BASE, NEW, path)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as archive:
        settings = etree.fromstring(archive.read("word/settings.xml"))
    assert settings.find(w + "trackRevisions") is not None
