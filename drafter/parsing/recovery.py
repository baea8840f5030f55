"""Structure recovery: what each source block of a resolution is.

Both readers (plain text and Word) hand over an ordered list of blocks; this module
decides, the same way for both, which blocks are cover lines, the title, the organ
formula, preambular paragraphs and their items, numbered operative paragraphs,
sub-paragraphs and their levels, section headings, unnumbered clauses, closing
meeting lines and annexes. Typed numbers and labels move from the text into
``source_label``; typed footnote marks move into ``footnote_refs``.

Decisions use several signals together rather than one: position (before or after
the formula, the first number, the closing line), typed labels, trailing
punctuation, length, and the opener lexicon — a preambular paragraph with an opener
missing from the lexicon is still a preambular paragraph because of where it stands
and how it ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from drafter.core.lexicon import LANGUAGES, detect_language, language_settings, lexicon, normalize
from drafter.core.model import (
    Annex,
    FootnoteRef,
    Paragraph,
    ParagraphKind,
    Resolution,
    Span,
    assign_addresses,
)
from drafter.core.opener_shape import has_opener_shape
from drafter.core.script import spaced
from drafter.parsing.anchors import (
    anchor_closing_and_annex_marks,
    anchor_cover_marks,
    line_places,
    place_comments_and_revisions,
    place_tables,
    take_typed_marks,
)
from drafter.parsing.blocks import SourceBlock, SourceDocument
from drafter.parsing.labels import (
    Label,
    SubLevels,
    parse_auto_label,
    parse_label,
    parse_slipped_number,
    slip_needs_opener,
    slip_number,
)
from drafter.parsing.language import evident_language, language_note
from drafter.parsing.masthead import fill_metadata
from drafter.parsing.multiple import several_resolutions_note
from drafter.parsing.negotiation import NegotiationMarks, merge_bare_labels, negotiation_marks, take_label
from drafter.parsing.parts import mark_parts
from drafter.parsing.patterns import (
    bare_formula,
    clean,
    cover_re,
    find_inline_formula,
    formula_of,
    is_annex_start,
    is_closing,
    titled_numeral_re,
    without_note_after_mark,
)

_HEADING_MAX = 160
_TITLE_MAX = 400  # a part's title after its numeral ("XIX Revised estimates … under section 11 …")
# "B. Mandate of the Office", "IV. Capacity-building": a section numeral and its title.
_TITLED_NUMERAL = re.compile(r"^[ \t\u00a0]*((?:[IVXL]{1,6}|[A-Z])\.)[ \t\u00a0]+([A-Z][^\n]{0,150})$")
_END_PUNCT = tuple(".,;:!?،؛，；：。！？")
# How an operative paragraph ends (a comma in place of its semicolon is a slip too).
_CLOSES = (";", ".", ":", "；", "。", "：", "؛", ",", "،", "，")


@dataclass
class _Block:
    """A body block with its label found and its words separated."""

    source: SourceBlock
    label: Label | None
    words: str  # text after the label, leading/trailing spaces removed
    shift: int  # characters removed from the start of the source text
    negotiation: NegotiationMarks | None = None  # "5 bis.", "(agreed ad ref)" …

    @property
    def ends(self) -> str:
        return self.words.rstrip()[-1:] if self.words.strip() else ""

    @property
    def final_mark(self) -> str:
        """The last mark, looking past a footnote number glued after it ("sessions;16")."""
        return without_note_after_mark(self.words.rstrip())[-1:]


def _prepare(block: SourceBlock) -> _Block:
    text = block.text
    label: Label | None = None
    typed = None
    if block.auto_label:
        label = parse_auto_label(block.auto_label)
        start = 0
    else:
        label = parse_label(text)
        start = label.end if label and label.kind != "heading" else 0
        if (typed := take_label(text)) is not None:
            kind = "number" if typed.kind == "operative" else "pp"
            label = Label(kind, typed.raw, str(typed.number), typed.end)
            start = typed.end
        if label is None:
            # Word: "II" and its title in one paragraph, separated by a line break;
            # or "B. Mandate of the Office" on one line.
            first, _, rest = text.partition("\n") if "\n" in text else text.partition("\v")
            numeral = parse_label(first)
            titled = _TITLED_NUMERAL.match(text)
            if numeral is not None and numeral.kind == "heading" and rest.strip():
                label = Label("heading", numeral.raw, numeral.core, len(first) + 1)
                start = label.end
            elif titled and not titled.group(2).rstrip().endswith(_END_PUNCT):
                label = Label("heading", titled.group(1), titled.group(1).rstrip("."), titled.start(2))
                start = label.end
            elif (spelt := titled_numeral_re().match(text)) and _is_title(spelt.group(2), _TITLE_MAX):
                label = Label("heading", spelt.group(1), spelt.group(1), spelt.start(2))
                start = label.end
    body = text[start:]
    lead = len(body) - len(body.lstrip(" \t\u00a0\n"))
    words = body.strip(" \t\u00a0\n")
    found = negotiation_marks(words, typed.label if typed is not None and not block.auto_label else "")
    if found is not None:
        lead += len(words) - len(found.words) - found.trailing
        words = found.words
    return _Block(block, label, words, start + lead, found)


def _shift_refs(refs: list[FootnoteRef], shift: int, length: int) -> list[FootnoteRef]:
    return [replace(r, offset=min(length, max(0, r.offset - shift))) for r in refs]


def _shift_spans(spans: list[Span] | None, shift: int, length: int) -> list[Span] | None:
    if spans is None:
        return None
    out = []
    for span in spans:
        start, end = max(0, span.start - shift), min(length, span.end - shift)
        if end > start:
            out.append(Span(start, end))
    return out


def _find_formula(blocks: list[SourceBlock]) -> int | None:
    for index, block in enumerate(blocks[:400]):
        if block.is_header:
            continue
        bare = index + 1 < len(blocks) and bare_formula(block.text, blocks[index + 1].text)
        if bare or formula_of(block.text):
            return _repeated_formula(blocks, index)
    return None


def _repeated_formula(blocks: list[SourceBlock], index: int) -> int:
    """The same organ's formula again a few lines on: the first was a masthead line
    (Arabic mastheads name the organ as "إن المجلس الاقتصادي والاجتماعي"), the
    second opens the body."""
    found = formula_of(blocks[index].text, comma_optional=True)
    for later in range(index + 1, min(index + 15, len(blocks))):
        again = formula_of(blocks[later].text, comma_optional=True)
        if again is not None:
            return later if again[0] == (found or ("",))[0] else index
        if blocks[later].text.rstrip().endswith((":", "：")):
            break
    return index


def _split_inline_formula(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """A cover and formula run together on one block ("… The Human Rights Council, Recalling …")."""
    for index, block in enumerate(blocks[:50]):
        found = find_inline_formula(block.text)
        if found:
            before = block.text[: found.start(1)].strip()
            formula = block.text[found.start(1) : found.end(0)].strip()
            after = block.text[found.end(0) :].strip()
            parts = [SourceBlock(t, line=block.line) for t in (before, formula, after) if t]
            return blocks[:index] + parts + blocks[index + 1 :]
    return blocks


def _looks_like_heading(block: _Block, limit: int = _HEADING_MAX) -> bool:
    """Short, no closing punctuation, capitalized (or a script without case)."""
    return _is_title(block.words, limit)


def _is_title(words: str, limit: int = _HEADING_MAX) -> bool:
    # "…the Advisory Committee,7": a closing mark with a footnote number typed after it.
    if not words or len(words) > limit or without_note_after_mark(words).endswith(_END_PUNCT):
        return False
    first = words[0]
    return not first.isalpha() or first.isupper() or not first.isascii()


class _Classifier:
    """Walks the body blocks once, keeping the part (preamble/operative) and the
    sub-paragraph labels of the current parent."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.lexicon = lexicon(language)
        self.paragraphs: list[Paragraph] = []
        self.part = "preamble"
        self.levels = SubLevels()

    def _opener(self, words: str, part: str) -> int:
        found = self.lexicon.match(words, part)
        return found.end if found else 0

    def _emit(self, block: _Block, kind: ParagraphKind, level: int = 0) -> Paragraph:
        source = block.source
        text = block.words
        refs = _shift_refs(source.footnote_refs, block.shift, len(text))
        trailing = len(text) - len(text.rstrip())
        text = text.rstrip()
        if trailing:
            refs = [replace(r, offset=min(r.offset, len(text))) for r in refs]
        label = None
        if block.label is not None and kind is not ParagraphKind.HEADING:
            label = block.source.auto_label.strip() if source.auto_label else block.label.raw
        paragraph = Paragraph(
            kind=kind,
            text=text,
            level=level,
            footnote_refs=refs,
            italic_spans=_shift_spans(source.italic_spans, block.shift, len(text)),
            source_label=label,
            auto_numbered=bool(source.auto_label),
            source_line=source.line or None,
        )
        if block.negotiation is not None:
            block.negotiation.apply(paragraph)
        self.paragraphs.append(paragraph)
        return paragraph

    def _sub_level(self, block: _Block, following: _Block | None) -> int:
        """Level from the label itself and the labels before it (Word's list level is
        not trusted: sub-paragraphs often sit in a list of their own at level 0)."""
        if block.label is None or block.label.kind == "dash":
            return 1
        next_core = following.label.core if following and following.label else None
        return self.levels.level(block.label.core, next_core)

    def _sub_or_item(self, block: _Block, following: _Block | None) -> None:
        level = self._sub_level(block, following)
        if self.part == "preamble":
            self._emit(block, ParagraphKind.PREAMBULAR_ITEM, level)
        else:
            self._emit(block, ParagraphKind.SUBPARAGRAPH, level)

    def _top(self, block: _Block, kind: ParagraphKind) -> None:
        self.levels = SubLevels()  # a new parent: its sub-paragraph labels start afresh
        self._emit(block, kind)

    def classify(self, blocks: list[_Block]) -> int:
        """Classify body blocks; returns the index where an embedded document starts (or len)."""
        index = 0
        total = len(blocks)
        while index < total:
            block = blocks[index]
            following = blocks[index + 1] if index + 1 < total else None
            if block.label is None and not block.source.auto_label:
                block = self._slipped(blocks, index)
            label = block.label
            if label is None and self.paragraphs and self._opens_draft(block):
                if self.paragraphs[-1].kind is ParagraphKind.PREAMBULAR:
                    # "يوصي … التالي:" whatever its verb: what introduces a draft is operative.
                    self.paragraphs[-1].kind = ParagraphKind.CLAUSE
                self.part = "preamble"
                self._top(block, ParagraphKind.DRAFT_FORMULA)
            elif label is not None and label.kind == "number":
                self.part = "operative"
                self._top(block, ParagraphKind.OPERATIVE)
            elif label is not None and label.kind == "pp":  # "PP2 bis": a compilation text
                self.part = "preamble"
                self._top(block, ParagraphKind.PREAMBULAR)
            elif label is not None and label.kind in ("sub", "dash") and self.paragraphs:
                self._sub_or_item(block, following)
            elif label is not None and label.kind == "heading" and label.end < len(block.source.text):
                paragraph = self._emit(block, ParagraphKind.HEADING)
                paragraph.source_label = label.core
                self.part = "operative"
            elif label is not None and label.kind == "heading":
                index = self._heading(blocks, index)
                self.part = "operative"
            elif label is None and self._number_left_out(blocks, index):
                self.part = "operative"
                self._top(block, ParagraphKind.OPERATIVE)
            elif self.part == "preamble":
                self._preamble_block(block, following)
                if self.part == "operative" and self._embeds_document(block, following):
                    return index + 1
            elif (level := self._unlabelled_item_level()) and not _looks_like_heading(block):
                self._emit(block, ParagraphKind.SUBPARAGRAPH, level)
            elif _looks_like_heading(block) and not self._opener(block.words, "operative"):
                self._emit(block, ParagraphKind.HEADING)
            else:
                self._top(block, ParagraphKind.CLAUSE)
            index += 1
        return total

    def _unlabelled_item_level(self) -> int:
        """The level of an unlabelled line inside a sub-paragraph's list, or 0.

        A sub-paragraph ending with a colon announces items; where the text leaves them
        without labels (GA 75/326 zh: "(a) 领导力对话将讨论以下主题：" then three lines
        "领导力对话1：…；", which the Arabic labels (i)-(iii)), they are its items, one
        level down, and the parent's next label ("(b)") goes on from "(a)": read as
        unnumbered clauses, they made "(b)" the first sub-paragraph of the last line.
        """
        if not self.paragraphs or self.paragraphs[-1].kind is not ParagraphKind.SUBPARAGRAPH:
            return 0
        last = self.paragraphs[-1]
        if last.text.rstrip().endswith((":", "：")):
            return max(1, last.level) + 1
        if not last.source_label and last.level > 1:
            return last.level  # the next unlabelled item of the same list
        return 0

    def _opens_draft(self, block: _Block) -> bool:
        """A formula line ("The General Assembly,") after a paragraph ending with a colon
        ("Recommends … the adoption of the following draft resolution:"), maybe with a
        draft's heading and title between them ("Draft resolution I", its title), or after
        such a heading once a first draft has started ("Draft resolution II"): a nested
        text starts, with its own preamble and numbering."""
        if formula_of(block.words) is None:
            return False
        position = len(self.paragraphs) - 1
        while position >= 0 and self.paragraphs[position].kind is ParagraphKind.HEADING:
            position -= 1
        if position < 0:
            return False
        if self.paragraphs[position].text.rstrip().endswith((":", "：")):
            return True
        titled = position < len(self.paragraphs) - 1
        return titled and any(p.kind is ParagraphKind.DRAFT_FORMULA for p in self.paragraphs)

    def _slipped(self, blocks: list[_Block], index: int) -> _Block:
        """The block with its slipped operative number ("10 Alienta", "l. Decides") as label."""
        block = blocks[index]
        # the next number, or 1 where a part restarts the numbering
        label = parse_slipped_number(block.words, self._next_number()) or parse_slipped_number(block.words, 1)
        if label is None:
            return block
        words = block.words[label.end:]
        if slip_needs_opener(label) and not self._opener(words, "operative"):
            # An opener the lexicon lacks ("24 توجه الانتباه"): its shape will do when the
            # numbers around leave this number's place free.
            fits = self._place_left_free(blocks, index, int(label.core))
            if not (fits and self._shaped(words)):
                return block
        return _Block(block.source, label, words, block.shift + label.end)

    def _number_left_out(self, blocks: list[_Block], index: int) -> bool:
        """An operative paragraph typed without its number: between "1." and "3.", or
        last after "1." and "2.". It opens with an operative verb and ends with a mark,
        and the numbers around it leave exactly its place free. The checks report the
        missing number."""
        block = blocks[index]
        expected = self._next_number()
        if not expected or block.final_mark not in _CLOSES:
            return False
        if not self._place_left_free(blocks, index, expected):
            return False
        op = self._opener(block.words, "operative")
        if not op and not self._shaped(block.words):
            return False
        return self.part == "operative" or op > self._opener(block.words, "preamble")

    def _shaped(self, words: str) -> bool:
        """An operative head word the lexicon lacks; any in Chinese, which has no
        inflection to tell one by (the numbers around are the evidence then)."""
        return has_opener_shape(words, "operative", self.language) or not spaced(self.language)

    def _place_left_free(self, blocks: list[_Block], index: int, number: int) -> bool:
        """Whether paragraph ``number`` fits at ``index``: the operative number before it is
        number - 1 and the next numbered block, past this one's sub-paragraphs and any
        section heading, carries number + 1; or it is the last block after typed
        numbers, ending with a full stop."""
        if self._next_number() != number:
            return False
        later = next((b for b in blocks[index + 1:] if not _inside_or_heading(b)), None)
        if later is None:
            # right after the numbered paragraph before it (no heading or part between)
            tops = [p for p in self.paragraphs if p.kind is not ParagraphKind.SUBPARAGRAPH]
            after_number = bool(tops) and tops[-1].kind is ParagraphKind.OPERATIVE
            return after_number and number > 1 and blocks[index].final_mark in (".", "。")
        label = later.label
        return label is not None and label.kind == "number" and label.core == str(number + 1)

    def _next_number(self) -> int:
        for paragraph in reversed(self.paragraphs):
            if paragraph.kind is ParagraphKind.OPERATIVE:
                label = paragraph.source_label or ""
                digits = re.match(r"\d+", label)
                number = int(digits.group(0)) if digits else slip_number(label)
                return number + 1 if number else 0
        return 1

    def _heading(self, blocks: list[_Block], index: int) -> int:
        """A section numeral ("IV", "B"), merged with a title block that follows it."""
        block = blocks[index]
        numeral = block.label.core if block.label else ""
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and following.label is None and _looks_like_heading(following, 400):
            paragraph = self._emit(following, ParagraphKind.HEADING)
            paragraph.source_label = numeral
            return index + 1
        paragraph = self._emit(block, ParagraphKind.HEADING)
        paragraph.text = numeral
        paragraph.source_label = numeral
        return index

    def _preamble_block(self, block: _Block, following: _Block | None) -> None:
        words = block.words
        pre = self._opener(words, "preamble")
        op = self._opener(words, "operative")
        if pre and op > pre:
            # A longer operative phrase that only extends the preambular one ("重申支持"
            # after "重申": Chinese uses one form in both parts) says nothing new.
            op = 0 if normalize(words[:op]).startswith(normalize(words[:pre])) else op
        ends = block.ends
        closes = ends in (";", ".", "；", "。", "؛") or (ends in (":", "：") and not pre)
        last_mark = without_note_after_mark(block.words.rstrip())[-1:]  # "Committee.1": a note
        # "Resolves that:" / "Resuelve que:" / "正式决定：" right before "1.": whatever its
        # verb, a clause that introduces the numbered paragraphs is operative (GA 75/256).
        introduces = ends in (":", "：") and following is not None and _is_first_number(following)
        if (op > pre and closes) or introduces or (following is None and last_mark in (".", "。")):
            # A full stop ends the resolution's single sentence: an unnumbered last
            # paragraph ending with one is its sole operative clause, whatever its verb
            # ("Appoints Mr. António Guterres …", GA 75/286; "Approves the report of the
            # Credentials Committee.", GA 75/19; "核准全权证书委员会的报告。").
            self.part = "operative"
            self._top(block, ParagraphKind.CLAUSE)
        elif not pre and not op and _looks_like_heading(block) and following is not None and (
            following.label is not None and following.label.kind == "number"
        ):
            self.part = "operative"
            self._emit(block, ParagraphKind.HEADING)
        else:
            self._top(block, ParagraphKind.PREAMBULAR)

    @staticmethod
    def _embeds_document(block: _Block, following: _Block | None) -> bool:
        """An unnumbered "Adopts the following …:" clause followed by unlabelled text."""
        return (
            block.ends in (":", "：")
            and following is not None
            and following.label is None
            and not formula_of(following.words)
        )


def _inside_or_heading(block: _Block) -> bool:
    """A sub-paragraph or dash item, or a section heading (a numeral, or a short title)."""
    label = block.label
    if label is not None:
        return label.kind in ("sub", "dash", "heading")
    return _looks_like_heading(block)


def _is_first_number(block: _Block) -> bool:
    label = block.label
    return label is not None and label.kind == "number" and label.core == "1"


def _language_of(blocks: list[SourceBlock], language: str | None) -> str:
    """The given language, unless the formula and openers show the text to be in
    another of its script (parsing/language); detected when none is given."""
    if language in LANGUAGES:
        return evident_language((block.text for block in blocks), language) or language
    sample = "\n".join(block.text for block in blocks[:300])
    return detect_language(sample)


def _split_closing(blocks: list[SourceBlock], start: int) -> tuple[int, int]:
    """(end of body, end of closing lines): the closing starts at a meeting line or an annex."""
    total = len(blocks)
    for index in range(start, total):
        text = blocks[index].text
        if is_closing(text) or ("\n" in text and is_closing(text.split("\n", 1)[0])):
            end = index + 1
            while end < total and end <= index + 3 and _is_closing_extra(blocks[end].text):
                end += 1
            return index, end
        if index > start and is_annex_start(text):
            return index, index
    return total, total


def _is_closing_extra(text: str) -> bool:
    line = clean(text)
    return bool(
        line
        and (cover_re("date").match(line) or is_closing(line) or line.startswith("[")
             or (len(line) < 60 and "vote" in line.casefold()))
    )


def _lines(block: SourceBlock) -> list[SourceBlock]:
    """A closing block as its lines: Word's "17th plenary meeting", a line break, the date."""
    if "\n" not in block.text:
        return [block]
    out, start = [], 0
    for line in block.text.split("\n"):
        end = start + len(line)
        refs = [replace(r, offset=r.offset - start) for r in block.footnote_refs if start <= r.offset <= end]
        if line.strip():
            out.append(SourceBlock(line, line=block.line, footnote_refs=refs, style=block.style))
        start = end + 1
    return out


def _annexes(blocks: list[SourceBlock]) -> list[Annex]:
    annexes: list[Annex] = []
    for block in blocks:
        text = block.text.strip()
        if not any(ch.isalnum() for ch in text):
            continue
        if not annexes or block.starts_annex or is_annex_start(text):
            annexes.append(Annex(title=clean(text)))
            continue
        annexes[-1].paragraphs.append(text)
    return annexes


def recover_structure(
    document: SourceDocument,
    language: str | None = None,
    *,
    detached_footnote_marks: bool = False,
    star_marks: dict[str, int] | None = None,
) -> Resolution:
    """Build the :class:`Resolution` a reader's blocks describe.

    ``detached_footnote_marks`` lets a plain-text reader say that marks may stand
    apart from their word ("Convention, 1"), as in PDF extractions; ``star_marks``
    maps asterisk marks ("*") to the footnote numbers the reader gave them.
    """
    blocks = merge_bare_labels([b for b in document.blocks if b.text.strip()])
    header_blocks = [b for b in blocks if b.is_header]
    header = [b.text for b in header_blocks]
    blocks = [b for b in blocks if not b.is_header]
    lang = _language_of(blocks, language)
    resolution = Resolution()
    resolution.meta.language = lang
    resolution.reader_notes = list(document.reader_notes)
    if language in LANGUAGES and lang != language:
        resolution.reader_notes.append(language_note(lang, language))
    several = several_resolutions_note(blocks)
    if several:
        resolution.reader_notes.append(several)
    resolution.footnotes = list(document.footnotes)
    formula_index = _find_formula(blocks)
    if formula_index is None:
        blocks = _split_inline_formula(blocks)
        formula_index = _find_formula(blocks)
    organ_key: str | None = None
    if formula_index is not None:
        heading_blocks = blocks[:formula_index]
        formula_block = blocks[formula_index]
        resolution.formula = clean(formula_block.text)
        found = formula_of(formula_block.text)
        organ_key = found[0] if found else None
        body_start = formula_index + 1
    else:
        body_start = _first_body_block(blocks, lang)
        heading_blocks = blocks[:body_start]
    resolution.heading_lines = list(document.header_lines) + header + [b.text.strip() for b in heading_blocks]
    body_end, closing_end = _split_closing(blocks, body_start)
    prepared = [_prepare(b) for b in blocks[body_start:body_end]]
    classifier = _Classifier(lang)
    embedded_at = classifier.classify(prepared)
    resolution.paragraphs = classifier.paragraphs
    mark_parts(resolution.paragraphs, classifier.lexicon)
    embedded_blocks = [p.source for p in prepared[embedded_at:]]
    annex_blocks = embedded_blocks + blocks[closing_end:]
    closing_blocks = [line for b in blocks[body_end:closing_end] for line in _lines(b)]
    resolution.closing = [clean(b.text) for b in closing_blocks]
    embedded = _annexes(embedded_blocks)
    for annex in embedded:
        annex.embedded = True  # the adopted text: printed before the closing lines
    resolution.annexes = embedded + _annexes(blocks[closing_end:])
    fill_metadata(resolution.meta, resolution.heading_lines, organ_key, resolution.closing)
    if document.footnotes_resolved:
        anchor_cover_marks(resolution, header_blocks + heading_blocks)
        anchor_closing_and_annex_marks(resolution, closing_blocks, annex_blocks)
    elif document.footnotes:
        take_typed_marks(resolution, detached_footnote_marks, star_marks or {},
                         decimal_comma=language_settings(lang).get("decimal_separator", ",") == ",")
    resolution.meta.language = lang
    assign_addresses(resolution.paragraphs)
    cover_blocks = header_blocks + heading_blocks
    places = line_places(resolution, cover_blocks, closing_blocks, annex_blocks)
    place_tables(resolution, document.tables, places)
    body_blocks = [p.source for p in prepared[:embedded_at]]  # the rest are annex blocks
    every_block = cover_blocks + body_blocks + closing_blocks + annex_blocks
    place_comments_and_revisions(resolution, every_block, places)
    return resolution


def _first_body_block(blocks: list[SourceBlock], language: str) -> int:
    """Without a formula: the body starts at the first numbered or opener-led block."""
    lex = lexicon(language)
    for index, block in enumerate(blocks):
        label = parse_label(block.text)
        if label is not None and label.kind == "number":
            return index
        if lex.match(block.text, "preamble") or lex.match(block.text, "operative"):
            return index
    return 0
