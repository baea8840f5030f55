"""Write a resolution as Akoma Ntoso 3.0 in the UN's AKN4UN shape.

The structure is the UN's: ``<statement name="resolution">`` with ``meta`` (FRBR
identification, references), ``coverPage``, ``preface`` (number and title),
``preamble`` (the formula, one ``container`` per preambular paragraph, its items in
a ``blockList``), ``mainBody`` (one ``paragraph`` per operative paragraph, clause or
heading; ``num``; sub-paragraphs as ``list``/``intro``/``point`` with deeper levels in
a ``sublist`` after their parent point), ``conclusions`` (meeting and date lines) and
``attachments`` (one ``doc name="annex"`` per annex). Footnotes are
``authorialNote`` elements where their marks stand. Numbers and labels are derived
from the structure (:func:`drafter.core.labels.paragraph_labels`), never copied.
The tree is built with lxml; :mod:`drafter.formats.akn.schema` validates it.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from lxml import etree

from drafter.core.labels import paragraph_labels
from drafter.core.lexicon import lexicon
from drafter.core.model import DocumentStatus, FootnoteRef, Paragraph, ParagraphKind, Resolution
from drafter.core.negotiation_state import final_resolution, is_negotiation_draft, unresolved
from drafter.core.printed import closing_lines, export_strings
from drafter.errors import DrafterError
from drafter.formats.akn.cover import cover_page, preface
from drafter.formats.akn.dates import parse_date
from drafter.formats.akn.frbr import AUTHOR, Identifiers, identifiers
from drafter.formats.akn.inline import append_text, fill, xml_text
from drafter.formats.akn.names import NSMAP, akn

K = ParagraphKind
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The parts of the text that carry xml:lang (the schema allows none on <statement>, <doc>).
_LANGUAGE_PARTS = ("coverPage", "preface", "preamble", "mainBody", "conclusions")
_PARTS = {K.PREAMBULAR: ("preamble",), K.OPERATIVE: ("operative",), K.CLAUSE: ("preamble", "operative")}
_REFERENCES = (  # (element, eId, href, showAs) as in the UN's files
    ("TLCOrganization", "drafter", "/akn/ontology/organization/drafter", "Drafter"),
    ("TLCConcept", "symbol", "/akn/ontology/reference/un/symbol", "Symbol"),
    ("TLCConcept", "dateOfIssuance", "/akn/ontology/concept/un/dateOfIssuance", "Date of issuance"),
    ("TLCConcept", "dateOfAdoption", "/akn/ontology/concept/un/dateOfAdoption", "Date of adoption"),
    ("TLCRole", "publisher", "/akn/ontology/role/un/publisher", "Publisher"),
    ("TLCRole", "issuingBody", "/akn/role/concept/un/issuingBody", "Issuing body"),
    ("TLCRole", "distribution", "/akn/ontology/concept/un/generalDistribution", "Distribution"),
    ("TLCRole", "sponsors", "/akn/ontology/role/un/sponsor", "Sponsors"),
    ("TLCTerm", "resolutionTitle", "/akn/ontology/reference/un/resolutionTitle", "Resolution title"),
)
_ORGANS = {"ga": ("generalAssembly", "General Assembly"), "ecosoc": ("economicAndSocialCouncil",
           "Economic and Social Council"), "sc": ("securityCouncil", "Security Council"),
           "hrc": ("humanRightsCouncil", "Human Rights Council")}


def _sub(parent: etree._Element, element: str, /, **attributes: str) -> etree._Element:
    return etree.SubElement(parent, akn(element), {k: xml_text(v) for k, v in attributes.items()})


def _identification(parent: etree._Element, ids: Identifiers, author: str, suffix: str = "") -> None:
    identification = _sub(parent, "identification", source="#drafter")
    work = _sub(identification, "FRBRWork")
    _sub(work, "FRBRthis", value=ids.work_this + suffix)
    _sub(work, "FRBRuri", value=ids.work_uri)
    _sub(work, "FRBRdate", date=ids.adoption.isoformat(), name="adoption")
    _sub(work, "FRBRauthor", href=author, **{"as": "author"})
    _sub(work, "FRBRcountry", value="un")
    expression = _sub(identification, "FRBRExpression")
    _sub(expression, "FRBRthis", value=ids.expression_this + suffix)
    _sub(expression, "FRBRuri", value=ids.expression_uri)
    _sub(expression, "FRBRdate", date=ids.publication.isoformat(), name="publication")
    _sub(expression, "FRBRauthor", href=author, **{"as": "issuer"})
    _sub(expression, "FRBRlanguage", language=ids.language)
    manifestation = _sub(identification, "FRBRManifestation")
    _sub(manifestation, "FRBRthis", value=ids.manifestation_this + suffix)
    _sub(manifestation, "FRBRuri", value=ids.manifestation_uri)
    _sub(manifestation, "FRBRdate", date=ids.markup.isoformat(), name="markup")
    _sub(manifestation, "FRBRauthor", href="drafter", **{"as": "editor"})


class _Writer:
    """Builds the tree of one resolution (see :func:`build_akn`)."""

    def __init__(self, resolution: Resolution, today: datetime.date) -> None:
        self.res = resolution
        self.meta = resolution.meta
        self.language = self.meta.language or "en"
        self.ids = identifiers(self.meta, today)
        self.author = AUTHOR[self.meta.organ]
        self.notes = {}
        for note in resolution.footnotes:
            self.notes.setdefault(note.number, note.text)
        self.note_count = 0
        self.eids: dict[str, int] = {}
        try:
            self.lexicon = lexicon(self.language)
        except (ValueError, FileNotFoundError):
            self.lexicon = None

    def eid(self, prefix: str) -> str:
        self.eids[prefix] = self.eids.get(prefix, 0) + 1
        return f"{prefix}_{self.eids[prefix]}"

    def build(self) -> etree._Element:
        root = etree.Element(akn("akomaNtoso"), nsmap=NSMAP)
        name = "resolution" if self.meta.status is DocumentStatus.ADOPTED else "draftResolution"
        statement = _sub(root, "statement", name=name)
        self._meta(statement)
        cover_page(statement, self.meta)
        preface(statement, self.meta)
        paragraphs = self.res.paragraphs
        labels = paragraph_labels(paragraphs, self.language)
        split = next((i for i, p in enumerate(paragraphs) if not p.is_preamble), len(paragraphs))
        self._preamble(statement, paragraphs[:split], labels[:split])
        self._main_body(statement, paragraphs[split:], labels[split:])
        self._conclusions(statement)
        self._attachments(statement)
        self._unreferenced_notes(statement)
        # The language: FRBRlanguage (as the UN's files) and xml:lang on each part of the
        # text (the schema allows no xml:lang on <statement> itself).
        for part in statement.iter(*(akn(name) for name in _LANGUAGE_PARTS)):
            part.set(_XML_LANG, self.language)
        return root

    # meta ----------------------------------------------------------------------
    def _meta(self, statement: etree._Element) -> None:
        meta = _sub(statement, "meta")
        _identification(meta, self.ids, self.author)
        references = _sub(meta, "references", source="#drafter")
        for element, eid, href, show in _REFERENCES:
            _sub(references, element, eId=eid, href=href, showAs=show)
        uri_name, show = _ORGANS[self.author]
        _sub(references, "TLCOrganization", eId=self.author,
             href=f"/akn/ontology/organization/un/{uri_name}", showAs=show)

    # paragraphs ----------------------------------------------------------------
    def _italic(self, paragraph: Paragraph) -> tuple[int, int] | None:
        if self.lexicon is None or paragraph.kind not in _PARTS:
            return None
        text = paragraph.text
        for part in _PARTS[paragraph.kind]:
            found = self.lexicon.match(text, part)
            if found:
                start = len(text) - len(text.lstrip())
                return (start, found.italic_end) if found.italic_end > start else None
        return None

    def _note(self, p: etree._Element, ref: FootnoteRef) -> None:
        self._add_note(p, ref.number, self.notes.get(ref.number, ""))

    def _add_note(self, p: etree._Element, number: int, text: str) -> None:
        self.note_count += 1
        note = _sub(p, "authorialNote", marker=str(number), placement="bottom",
                    eId=f"authorialNote_{self.note_count}")
        append_text(_sub(note, "p"), text)

    def _p(self, parent: etree._Element, paragraph: Paragraph) -> etree._Element:
        p = _sub(parent, "p")
        fill(p, paragraph.text, self._italic(paragraph), paragraph.footnote_refs, self._note)
        return p

    def _opener_name(self, paragraph: Paragraph) -> str:
        italic = self._italic(paragraph)
        words = paragraph.text[italic[0]:italic[1]] if italic else ""
        return " ".join(words.split()) or "preambularParagraph"

    # preamble --------------------------------------------------------------------
    def _preamble(self, statement: etree._Element, paragraphs: list[Paragraph], labels: list) -> None:
        if not self.res.formula and not paragraphs:
            return
        preamble = _sub(statement, "preamble")
        if self.res.formula:
            formula = _sub(preamble, "formula", name="enactingFormula", eId="formula_1")
            text = self.res.formula
            words = text.rstrip(" ,，،:;")
            fill(_sub(formula, "p"), text, (len(text) - len(text.lstrip()), len(words)), [],
                 self._note)
        lists: list[etree._Element] = []  # the blockList of each item level of the current container
        container: etree._Element | None = None
        for paragraph, label in zip(paragraphs, labels, strict=True):
            if paragraph.kind is K.PREAMBULAR or container is None:
                container = _sub(preamble, "container", name=self._opener_name(paragraph),
                                 eId=self.eid("container"))
                lists = []
                if paragraph.kind is K.PREAMBULAR:
                    self._p(container, paragraph)
                    continue
            level = max(1, paragraph.level)
            if not lists:  # the paragraph above becomes the list's introduction
                block_list = _sub(container, "blockList", eId=self.eid("blockList"))
                if len(container) > 1 and container[0].tag == akn("p"):
                    introduction = container[0]
                    introduction.tag = akn("listIntroduction")
                    block_list.insert(0, introduction)
                lists = [block_list]
            del lists[level:]
            while len(lists) < level:  # a deeper list goes in the item above it (made if missing)
                last = lists[-1]
                has_item = len(last) and last[-1].tag == akn("item")
                parent_item = last[-1] if has_item else _sub(last, "item", eId=self.eid("item"))
                lists.append(_sub(parent_item, "blockList", eId=self.eid("blockList")))
            item = _sub(lists[level - 1], "item", eId=self.eid("item"))
            if label:
                _sub(item, "num").text = xml_text(label)
            self._p(item, paragraph)

    # main body -------------------------------------------------------------------
    def _main_body(self, statement: etree._Element, paragraphs: list[Paragraph], labels: list) -> None:
        body = _sub(statement, "mainBody")
        number = 0
        levels: list[etree._Element] = []  # where the points of each level go (levels[0]: the list)
        current: etree._Element | None = None  # the paragraph sub-paragraphs attach to
        for index, (paragraph, label) in enumerate(zip(paragraphs, labels, strict=True)):
            kind = paragraph.kind
            if kind in (K.SUBPARAGRAPH, K.PREAMBULAR_ITEM):
                if current is None:
                    current = _sub(body, "paragraph", eId=self.eid("para"), **{"class": "SingleTxt"})
                    levels = []
                self._point(current, levels, paragraph, label)
                continue
            levels = []
            if kind is K.HEADING:
                current = None
                self._heading(body, paragraph)
                continue
            current = _sub(body, "paragraph", eId=self.eid("para"), **{"class": "SingleTxt"})
            if kind is K.OPERATIVE:
                number += 1
                _sub(current, "num").text = xml_text(label or f"{number}.")
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if following is not None and following.kind in (K.SUBPARAGRAPH, K.PREAMBULAR_ITEM):
                self._p(_sub(_sub(current, "list", eId=self.eid("list")), "intro"), paragraph)
            else:
                self._p(_sub(current, "content"), paragraph)
        if not len(body):
            _sub(body, "p")

    def _heading(self, body: etree._Element, paragraph: Paragraph) -> None:
        """As in the UN's files: the section numeral and the title, each its own subheading."""
        numeral = (paragraph.source_label or "").strip()
        if numeral and numeral != paragraph.text:
            element = _sub(body, "paragraph", eId=self.eid("para"), **{"class": "H23"})
            append_text(_sub(element, "subheading"), numeral)
        if paragraph.text or not numeral:
            element = _sub(body, "paragraph", eId=self.eid("para"), **{"class": "H23"})
            fill(_sub(element, "subheading"), paragraph.text, None, paragraph.footnote_refs, self._note)

    def _point(self, current: etree._Element, levels: list[etree._Element], paragraph: Paragraph,
               label: str | None) -> None:
        level = max(1, paragraph.level)
        if not levels:
            found = current.find(akn("list"))
            levels.append(found if found is not None else _sub(current, "list", eId=self.eid("list")))
        del levels[level:]
        while len(levels) < level:
            levels.append(_sub(levels[-1], "sublist", eId=self.eid("sublist")))
        point = _sub(levels[level - 1], "point", eId=self.eid("point"))
        if label:
            _sub(point, "num").text = xml_text(label)
        self._p(_sub(point, "content"), paragraph)

    def _unreferenced_notes(self, statement: etree._Element) -> None:
        """Notes no body paragraph refers to (annex notes: annex texts keep no marks) go
        at the end of the text: the last annex paragraph, else the closing lines."""
        referenced = {ref.number for p in self.res.paragraphs for ref in p.footnote_refs}
        orphans = [note for note in self.res.footnotes if note.number not in referenced]
        if not orphans:
            return
        paragraphs = list(statement.iter(akn("attachments")))
        holder = paragraphs[-1].findall(f".//{akn('p')}")[-1] if paragraphs else None
        if holder is None:
            conclusions = statement.find(akn("conclusions"))
            if conclusions is None:
                conclusions = _sub(statement, "conclusions", eId="conclusions")
                _sub(conclusions, "p")
            holder = conclusions.findall(akn("p"))[-1]
        for note in orphans:
            self._add_note(holder, note.number, note.text)

    # closing and annexes -----------------------------------------------------------
    def _conclusions(self, statement: etree._Element) -> None:
        lines = closing_lines(self.res)
        if not lines:
            return
        p = _sub(_sub(statement, "conclusions", eId="conclusions"), "p")
        for index, line in enumerate(lines):
            if index:
                _sub(p, "eol")
            date = parse_date(line)
            if line.strip() == self.meta.meeting.strip() and self.meta.meeting.strip():
                append_text(_sub(p, "inline", name="adoptionMeeting"), line)
            elif date is not None and line.strip() == self.meta.adoption_date.strip():
                append_text(_sub(p, "docDate", date=date.isoformat(), refersTo="#dateOfAdoption"), line)
            else:
                append_text(p, line)

    def _attachments(self, statement: etree._Element) -> None:
        if not self.res.annexes:
            return
        attachments = _sub(statement, "attachments")
        default_title = export_strings(self.language)["annex"]
        for number, annex in enumerate(self.res.annexes, start=1):
            doc = _sub(_sub(attachments, "attachment"), "doc", name="annex")
            _identification(_sub(doc, "meta"), self.ids, self.author, suffix=f"annex_{number}")
            body = _sub(doc, "mainBody")
            titles = [line for line in annex.title.split("\n") if line.strip()] or [default_title]
            for line in titles:
                paragraph = _sub(body, "paragraph", eId=self.eid("para"), **{"class": "H1"})
                append_text(_sub(_sub(paragraph, "content"), "p"), line)
            for text in annex.paragraphs:
                paragraph = _sub(body, "paragraph", eId=self.eid("para"), **{"class": "SingleTxt"})
                append_text(_sub(_sub(paragraph, "content"), "p"), text)


def build_akn(resolution: Resolution, today: datetime.date | None = None) -> etree._Element:
    """The ``<akomaNtoso>`` tree of a resolution (``today`` dates the markup)."""
    return _Writer(resolution, today or datetime.date.today()).build()


def akn_bytes(resolution: Resolution, today: datetime.date | None = None) -> bytes:
    """The AKN file's bytes: UTF-8 with an XML declaration (not indented: texts keep their spaces)."""
    root = build_akn(resolution, today)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def export_akn(resolution: Resolution, path: str | Path, today: datetime.date | None = None) -> Path:
    """Write ``resolution`` as an AKN4UN file at ``path``; returns the path.

    Raises :class:`DrafterError` with a one-line reason when the text holds characters
    XML cannot carry, is a negotiation draft with brackets, alternatives or bis labels
    left, or the file cannot be written.
    """
    path = Path(path)
    if is_negotiation_draft(resolution):  # Akoma Ntoso records an agreed text: settle it first
        still_open = [line.partition(": ")[0] for line in unresolved(resolution)]
        if still_open:
            remain = ", ".join(still_open)
            raise DrafterError(f"{path}: brackets, alternatives or bis labels remain ({remain})")
        resolution = final_resolution(resolution)
    try:
        data = akn_bytes(resolution, today)
    except ValueError as error:
        raise DrafterError(f"{path}: cannot write Akoma Ntoso ({error})") from None
    try:
        path.write_bytes(data)
    except OSError as error:
        raise DrafterError(f"{path}: cannot write the XML file ({error.strerror or error})") from None
    return path
