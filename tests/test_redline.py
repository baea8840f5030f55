"""The redline is a real Word tracked-change document: accept all = new, reject all = base."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree
from test_redline_reader import (
    normalize,
    paragraph_view,
    read_view,
    revision_attributes,
    split_label,
)

from drafter.comparison import build_comparison, compare
from drafter.core.model import (
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    ParagraphKind,
    Resolution,
    assign_addresses,
)
from drafter.redline.labels import paragraph_labels
from drafter.redline.writer import write_redline


def make(items: list[tuple], notes: dict[int, str] | None = None) -> Resolution:
    """A resolution from (kind, text[, (footnote number, offset)…]) tuples."""
    paragraphs = []
    for kind, text, *refs in items:
        level = 1 if kind == "subparagraph" else 0
        paragraphs.append(Paragraph(ParagraphKind(kind), text, level=level,
                                    footnote_refs=[FootnoteRef(n, o) for n, o in refs]))
    assign_addresses(paragraphs)
    return Resolution(meta=Metadata(title="Sustainable fisheries"), formula="The General Assembly,",
                      paragraphs=paragraphs,
                      footnotes=[Footnote(n, t) for n, t in (notes or {}).items()])


def labelled_body(view: list[str], expected: list[str]) -> list[tuple[str | None, str]]:
    """(label, text) of the view's paragraphs from where ``expected`` begins.

    A paragraph equal to the expected text keeps its first word even if it looks
    like a label ("I Application …" where a reader kept the numeral in the text);
    paragraphs that are only a label (an empty numbered paragraph) are left out,
    as empty expected paragraphs are."""
    wanted = [normalize(t) for t in expected if normalize(t)]
    shown = [p for p in view if p]
    if not wanted:
        return []
    start = next((i for i, p in enumerate(shown) if wanted[0] in (p, split_label(p)[1])), 0)
    out: list[tuple[str | None, str]] = []
    for paragraph in shown[start:]:
        index = len(out)
        expected_text = wanted[index] if index < len(wanted) else None
        if paragraph == expected_text:
            label, text = None, paragraph
        elif expected_text and paragraph.endswith(" " + expected_text):
            # any numeral before the expected words ("IV", "一", "أولا"); labels are checked
            label, text = paragraph[: -len(expected_text)].strip(), expected_text
        else:
            label, text = split_label(paragraph)
        if text:
            out.append((label, text))
    return out


def body_slice(view: list[str], expected: list[str]) -> list[str]:
    """The texts of the view's body paragraphs, labels set aside (checked separately)."""
    wanted = [normalize(t) for t in expected if normalize(t)]
    return [text for _, text in labelled_body(view, expected)][:len(wanted)]


def body_labels(view: list[str], expected: list[str] | str) -> list[str | None]:
    """The labels of the view's body paragraphs (``expected``: texts, or the first text)."""
    return [label for label, _ in labelled_body(view, [expected] if isinstance(expected, str) else expected)]


def footnotes_in_order(resolution: Resolution) -> list[str]:
    notes = {n.number: n.text for n in resolution.footnotes}
    return [normalize(notes[r.number]) for p in resolution.paragraphs
            for r in sorted(p.footnote_refs, key=lambda r: r.offset)]


def assert_round_trip(base: Resolution, new: Resolution, path: Path) -> None:
    write_redline(base, new, path, author="Test Author", date="2026-11-27T08:00:00Z")
    accepted, rejected = read_view(path, accept=True), read_view(path, accept=False)
    new_texts = [p.text for p in new.paragraphs]
    base_texts = [p.text for p in base.paragraphs]
    assert body_slice(accepted.paragraphs, new_texts) == [normalize(t) for t in new_texts if normalize(t)]
    assert body_slice(rejected.paragraphs, base_texts) == [normalize(t) for t in base_texts if normalize(t)]
    assert accepted.footnotes == footnotes_in_order(new)
    assert rejected.footnotes == footnotes_in_order(base)
    for view, resolution in ((accepted, new), (rejected, base)):
        texts = [normalize(p.text) for p in resolution.paragraphs]
        expected = [label for text, label in zip(texts, paragraph_labels(resolution), strict=True) if text]
        if expected:
            assert body_labels(view.paragraphs, texts)[:len(expected)] == expected


BASE = make(
    [
        ("preambular", "Recalling its resolution 70/1 of 25 September 2015,", (1, 52)),
        ("preambular", "Noting with concern the state of fish stocks,"),
        ("operative", "Encourages States to ratify the Agreement;"),
        ("operative", "Calls upon States to cooperate:"),
        ("subparagraph", "In the conservation of stocks;"),
        ("subparagraph", "In the exchange of data;", (2, 24)),
        ("operative", "Requests the Secretary-General to report;"),
        ("operative", "Decides to remain seized of the matter."),
    ],
    {1: "A/RES/70/1.", 2: "See A/76/100."},
)

NEW = make(
    [
        ("preambular", "Recalling its resolution 70/1 of 25 September 2015,", (1, 52)),
        ("operative", "Urges States to ratify the Agreement;"),
        ("operative", "Decides to remain seized of the matter."),
        ("operative", "Calls upon States to cooperate:"),
        ("subparagraph", "In the conservation of stocks;"),
        ("subparagraph", "In the exchange of scientific data;", (2, 35)),
        ("subparagraph", "In capacity-building;", (3, 21)),
        ("operative", "Invites all Member States to contribute to the trust fund;"),
    ],
    {1: "A/RES/70/1, annex.", 2: "See A/76/100.", 3: "A/78/1."},
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
