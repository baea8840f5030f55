"""Finishing touches on the built redline document, after the exporter has laid it out.

Two things cannot be done paragraph by paragraph inside the run emitter: the title
line is written by the exporter's heading block (not through the emitter), and the
choice of which paragraph mark carries an insertion depends on the neighbouring
paragraph.
"""

from __future__ import annotations

from copy import deepcopy

from lxml import etree

from drafter.comparison.diff import Segment, diff_text
from drafter.comparison.model import AnnexDiff
from drafter.comparison.tokens import normalize
from drafter.redline.revisions import RevisionMarks, mark_paragraph, qn, text_run, tracked

_PPR, _INS = qn("w:pPr"), qn("w:ins")


def _inserted_mark(paragraph: etree._Element) -> etree._Element | None:
    return paragraph.find(f"{_PPR}/{qn('w:rPr')}/{_INS}")


def _layout(paragraph: etree._Element) -> bytes:
    """The paragraph's properties without its revision mark, for comparing layouts."""
    properties = paragraph.find(_PPR)
    if properties is None:
        return b""
    copy = etree.fromstring(etree.tostring(properties))
    for mark in copy.iter(_INS, qn("w:del")):
        mark.getparent().remove(mark)
    for run_properties in copy.findall(qn("w:rPr")):
        if len(run_properties) == 0:
            copy.remove(run_properties)
    return etree.tostring(copy)


def shift_insertion_marks(body: etree._Element) -> None:
    """Where a kept paragraph ends with an insertion and whole inserted paragraphs
    follow, mark the kept paragraph's mark as the inserted one instead of the last
    inserted paragraph's.

    Both say the same to Word (an inserted paragraph break plus inserted text), but
    LibreOffice joins the end-of-paragraph insertion with the inserted paragraphs
    into one change that also swallows the kept paragraph's mark, so rejecting all
    there would join two paragraphs. This is the way Word itself records typing at
    the end of a paragraph and pressing Enter. Done only when the two paragraphs
    have the same layout, so that neither view changes a paragraph's style.
    """
    paragraphs = [child for child in body if child.tag == qn("w:p")]
    index = 0
    while index < len(paragraphs) - 1:
        kept = paragraphs[index]
        content = [child for child in kept if child.tag != _PPR]
        ends_inserted = bool(content) and content[-1].tag == _INS
        followed = _inserted_mark(paragraphs[index + 1]) is not None
        if _inserted_mark(kept) is not None or not ends_inserted or not followed:
            index += 1
            continue
        last = index + 1
        while last + 1 < len(paragraphs) and _inserted_mark(paragraphs[last + 1]) is not None:
            last += 1
        if _layout(kept) == _layout(paragraphs[last]):
            mark = _inserted_mark(paragraphs[last])
            assert mark is not None
            holder = mark.getparent()
            holder.remove(mark)
            if len(holder) == 0:
                holder.getparent().remove(holder)
            mark_paragraph(kept, "insert", _MarkCopy(mark))
        index = last + 1


class _MarkCopy(RevisionMarks):
    """Re-uses an existing revision's id, author and date for a moved mark."""

    def __init__(self, mark: etree._Element) -> None:
        super().__init__(author=mark.get(qn("w:author"), ""), date=mark.get(qn("w:date"), ""))
        self.next_id = int(mark.get(qn("w:id"), "0"))


def track_title(body: etree._Element, base_title: str, new_title: str, marks: RevisionMarks) -> None:
    """Show a changed title word by word: the exporter writes the new title as one
    text element in the ``TitleH1`` paragraph, which is split into tracked runs."""
    if not base_title or not new_title or normalize(base_title) == normalize(new_title):
        return
    for paragraph in body.iter(qn("w:p")):
        style = paragraph.find(f"{_PPR}/{qn('w:pStyle')}")
        if style is None or style.get(qn("w:val")) != "TitleH1":
            continue
        for text in paragraph.iter(qn("w:t")):
            if text.text != new_title:
                continue
            run = text.getparent()
            properties = run.find(qn("w:rPr"))
            run.remove(text)
            anchor = run
            for segment in diff_text(base_title, new_title):
                copied = deepcopy(properties) if properties is not None else None
                piece = text_run(segment.text, properties=copied)
                for element in tracked(segment.op, [piece], marks):
                    anchor.addnext(element)
                    anchor = element
            return


def _plain_text(paragraph: etree._Element) -> str:
    parts: list[str] = []
    for element in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        parts.append(element.text or "" if element.tag == qn("w:t") else
                     "\t" if element.tag == qn("w:tab") else "\n")
    return "".join(parts)


def _rewrite(paragraph: etree._Element, text: str, segments: list[Segment] | None, op: str,
             marks: RevisionMarks) -> None:
    """Rewrite an exporter-written line (lead tabs + ``text``) with tracked content:
    word-level ``segments`` for a kept line, or the whole line inserted/deleted."""
    runs = [child for child in paragraph if child.tag == qn("w:r")]
    properties = runs[0].find(qn("w:rPr")) if runs else None
    written = "".join(_plain_text(run) for run in runs)
    lead = written[: len(written) - len(written.lstrip("\t"))]

    def make(piece: str) -> etree._Element:
        return text_run(piece, properties=deepcopy(properties) if properties is not None else None)

    for run in runs:
        paragraph.remove(run)
    if op != "equal":
        paragraph.extend(tracked(op, [make(lead + text)], marks))
        mark_paragraph(paragraph, op, marks)
        return
    if lead:
        paragraph.append(make(lead))
    for segment in segments or [Segment("equal", text)]:
        paragraph.extend(tracked(segment.op, [make(segment.text)], marks))


_WHOLE = {"inserted": "insert", "moved": "insert", "deleted": "delete", "moved_from": "delete"}


def track_annexes(body: etree._Element, annexes: list[AnnexDiff], marks: RevisionMarks) -> bool:
    """Mark the annexes' changes in the lines the exporter wrote for them.

    The exporter writes each annex as a page-breaking ``HCh`` line (the title's
    first line), its other title lines, then one paragraph per annex paragraph;
    those are found from the annex headings and checked against the expected text
    before anything is rewritten. Returns False (and changes nothing more) when the
    layout is not the expected one.
    """
    paragraphs = [child for child in body if child.tag == qn("w:p")]
    starts = [index for index, p in enumerate(paragraphs)
              if p.find(f"{_PPR}/{qn('w:pageBreakBefore')}") is not None
              and (p.find(f"{_PPR}/{qn('w:pStyle')}") is not None
                   and p.find(f"{_PPR}/{qn('w:pStyle')}").get(qn("w:val")) == "HCh")]
    if len(starts) < len(annexes):
        return False
    for start, annex in zip(starts[-len(annexes):] if annexes else [], annexes, strict=True):
        whole = {"inserted": "insert", "deleted": "delete"}.get(annex.kind, "equal")
        title_lines = [line for line in annex.title.split("\n") if line.strip()]
        base_lines = [line for line in (annex.base.title if annex.base else "").split("\n") if line.strip()]
        entries: list[tuple[str, list[Segment] | None, str]] = []
        for number, line in enumerate(title_lines or [""]):
            segments = None
            if whole == "equal" and len(base_lines) == len(title_lines) and base_lines[number] != line:
                segments = diff_text(base_lines[number], line)
            entries.append((line, segments, whole))
        for item in annex.paragraphs:
            op = whole if whole != "equal" else _WHOLE.get(item.kind, "equal")
            entries.append((item.text, item.segments if item.kind == "changed" else None, op))
        lines = paragraphs[start:start + len(entries)]
        if len(lines) < len(entries):
            return False
        for paragraph, (text, _, _) in zip(lines, entries, strict=True):
            if text and _plain_text(paragraph).lstrip("\t") != text.lstrip("\t"):
                return False
        for paragraph, (text, segments, op) in zip(lines, entries, strict=True):
            if op != "equal" or segments:
                _rewrite(paragraph, text, segments, op, marks)
    return True


# CT_Settings children that come before w:trackRevisions (schema order).
_BEFORE_TRACK_REVISIONS = {
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
    "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
    "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors",
    "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate",
    "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge",
    "revisionView",
}


def turn_on_tracking(settings: etree._Element) -> None:
    """``w:trackRevisions``: further edits to the redline are tracked too, as a
    delegation revising a submitted text expects."""
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    position = 0
    for index, child in enumerate(settings):
        if etree.QName(child).localname in _BEFORE_TRACK_REVISIONS:
            position = index + 1
    settings.insert(position, etree.Element(qn("w:trackRevisions")))
