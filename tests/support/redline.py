"""Hand-made resolutions for redline tests, and the checks that a redline reads back as both texts.

``BASE`` and ``NEW`` are a small fisheries draft before and after a round of edits
(moves, rewording, a new sub-paragraph and footnote); ``assert_round_trip`` writes their
redline and checks that accepting all gives the new text and rejecting all the base.
"""

from __future__ import annotations

from pathlib import Path

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
from support.redline_view import normalize, read_view, split_label


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


def assert_views(path: Path, base: Resolution, new: Resolution) -> None:
    accepted, rejected = read_view(path, accept=True), read_view(path, accept=False)
    new_texts = [normalize(p.text) for p in new.paragraphs if normalize(p.text)]
    base_texts = [normalize(p.text) for p in base.paragraphs if normalize(p.text)]
    assert body_slice(accepted.paragraphs, new_texts) == new_texts
    assert body_slice(rejected.paragraphs, base_texts) == base_texts
    assert body_labels(accepted.paragraphs, new_texts)[:len(new_texts)] == [
        label for p, label in zip(new.paragraphs, paragraph_labels(new), strict=True) if normalize(p.text)]
    assert body_labels(rejected.paragraphs, base_texts)[:len(base_texts)] == [
        label for p, label in zip(base.paragraphs, paragraph_labels(base), strict=True) if normalize(p.text)]
    assert accepted.footnotes == footnotes_in_order(new)
    assert rejected.footnotes == footnotes_in_order(base)
