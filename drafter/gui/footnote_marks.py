"""Footnote marks: one object character per footnote, numbered from document order.

A mark is the object replacement character (U+FFFC) with a character format whose
object type is :data:`FOOTNOTE_OBJECT` and which carries the footnote's text. The
mark therefore *is* the footnote: deleting it deletes the note, moving its
paragraph moves it, and editing the note's text is a character-format change that
the document's undo stack records like any other edit. Numbers are never stored:
the painter draws the mark's rank among all marks, so they renumber at once.

Qt may break a line before an object character, which leaves a mark alone at
the start of the next line. A joiner therefore stands between a word and its
mark in the editor's document only (:func:`insert_mark`): the zero-width joiner
in left-to-right text, where the cursor passes over it with the letter before
it, and the word joiner in right-to-left text, where the zero-width joiner would
change the shape of an Arabic letter. Reading the document back drops them
(:data:`JOINERS`), so the model, the files and the clipboard never hold them.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QMimeData, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

OBJECT_CHAR = "\ufffc"
ZERO_WIDTH_JOINER = "\u200d"  # no break before the next character (UAX 14, LB8a), no cursor stop
WORD_JOINER = "\u2060"  # no break on either side, no effect on Arabic shaping
JOINERS = (ZERO_WIDTH_JOINER, WORD_JOINER)
HIDDEN = (OBJECT_CHAR, *JOINERS)  # block characters the model's text does not have
FOOTNOTE_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
FOOTNOTE_TEXT_PROPERTY = int(QTextFormat.Property.UserProperty) + 10
# The number of the note a mark was loaded with: two marks of one note ("impacts*" twice)
# stay one note while their texts agree.
FOOTNOTE_NOTE_PROPERTY = int(QTextFormat.Property.UserProperty) + 11


def mark_format(text: str, note: int | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(FOOTNOTE_OBJECT)
    fmt.setProperty(FOOTNOTE_TEXT_PROPERTY, text)
    if note is not None:
        fmt.setProperty(FOOTNOTE_NOTE_PROPERTY, note)
    return fmt


def is_mark(fmt: QTextFormat) -> bool:
    return fmt.objectType() == FOOTNOTE_OBJECT


def insert_mark(cursor: QTextCursor, fmt: QTextCharFormat) -> None:
    """A mark at the cursor, joined to the word before it so that no line breaks between them.

    The joiner goes in only after a visible character (not at the start of a line,
    after a space or after another joiner); it is plain text, not part of the mark.
    """
    document = cursor.document()
    before = document.characterAt(cursor.position() - 1) if not cursor.atBlockStart() else ""
    if before and not before.isspace() and before not in JOINERS and before != "\u2028":
        rtl = document.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
        cursor.insertText(WORD_JOINER if rtl else ZERO_WIDTH_JOINER, QTextCharFormat())
    cursor.insertText(OBJECT_CHAR, fmt)


def copied(source: QMimeData) -> QMimeData:
    """What a copy from the page puts on the clipboard: plain text and HTML without the marks'
    object characters and joiners (other programs would show boxes or keep invisible characters).

    ``source`` is cleaned in place and returned: Qt takes ownership of what
    createMimeDataFromSelection returns, and a QMimeData made here in Python would be
    deleted twice (by the clipboard and by Python) when the application ends.
    """
    text = without_marks(source.text())
    html = source.html() if source.hasHtml() else None
    source.clear()
    source.setText(text)
    if html is not None:
        for character in HIDDEN:
            html = html.replace(f"&#{ord(character)};", "")
        source.setHtml(without_marks(html))
    return source


def without_marks(text: str) -> str:
    """``text`` without mark characters and the joiners before them (for the model and the clipboard)."""
    for character in HIDDEN:
        text = text.replace(character, "")
    return text


def _scan(document: QTextDocument) -> list[int]:
    raw = document.toRawText()
    positions: list[int] = []
    start = raw.find(OBJECT_CHAR)
    while start >= 0:
        positions.append(start)
        start = raw.find(OBJECT_CHAR, start + 1)
    return positions


class MarkIndex(QObject):
    """Positions of the marks, kept up to date from each change instead of rescanning.

    Typing a letter shifts the marks after it by one: that is a list update, not a
    scan of the whole text (about 1 ms on a 200,000-character resolution), which
    keeps the keystroke path short. Any change that may touch a mark rescans.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.document = document
        self.positions = _scan(document)
        self.revision = document.revision()
        self.suspended = False  # while a whole document is loaded: rescan once when asked
        document.contentsChange.connect(self._changed)

    def current(self) -> list[int]:
        if self.revision != self.document.revision():  # asked mid-change, before the signal
            self.positions = _scan(self.document)
            self.revision = self.document.revision()
        return self.positions

    def _changed(self, position: int, removed: int, added: int) -> None:
        document = self.document
        if self.suspended or self.revision == document.revision():
            return
        positions = self.positions
        first = bisect.bisect_left(positions, position)
        touched = first < len(positions) and positions[first] < position + removed
        typed_mark = added > 8 or any(
            document.characterAt(position + offset) == OBJECT_CHAR for offset in range(added))
        if touched or typed_mark or removed == added:
            self.positions = _scan(document)
        else:
            delta = added - removed
            self.positions = positions[:first] + [p + delta for p in positions[first:]]
        self.revision = document.revision()


def mark_positions(document: QTextDocument) -> list[int]:
    """Document positions of every footnote mark, in order."""
    index = document.property("_drafter_mark_index")
    if isinstance(index, MarkIndex):
        return index.current()
    revision = document.revision()
    cached = document.property("_drafter_marks")
    if cached is not None and cached[0] == revision:
        return cached[1]
    positions = _scan(document)
    document.setProperty("_drafter_marks", (revision, positions))
    return positions


def mark_number(document: QTextDocument, position: int) -> int:
    """1-based rank of the mark at ``position`` among all marks."""
    positions = mark_positions(document)
    return bisect.bisect_left(positions, position) + 1


def mark_texts(document: QTextDocument) -> list[tuple[int, str]]:
    """(position, note text) of every mark in order, read from the fragments in one pass."""
    out: list[tuple[int, str]] = []
    positions = mark_positions(document)
    seen_blocks: set[int] = set()
    for position in positions:
        block = document.findBlock(position)
        if block.blockNumber() in seen_blocks:
            continue
        seen_blocks.add(block.blockNumber())
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and is_mark(fragment.charFormat()):
                note = fragment.charFormat().property(FOOTNOTE_TEXT_PROPERTY)
                for offset in range(fragment.length()):
                    out.append((fragment.position() + offset, note if isinstance(note, str) else ""))
            iterator += 1
    return out


def mark_text(document: QTextDocument, position: int) -> str:
    cursor = QTextCursor(document)
    cursor.setPosition(position + 1)
    value = cursor.charFormat().property(FOOTNOTE_TEXT_PROPERTY)
    return value if isinstance(value, str) else ""


def set_mark_text(document: QTextDocument, position: int, text: str) -> None:
    """Change a footnote's text: one undoable format change on its mark."""
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(mark_format(text))


class FootnoteMarkPainter(QPyTextObject):
    """Lays out and paints a mark as its superscript number.

    PySide needs ``QPyTextObject`` (not QObject + QTextObjectInterface) for the
    layout to accept a Python handler.
    """

    def __init__(self, parent: QObject, base_font: QFont) -> None:
        super().__init__(parent)
        self._base_font = QFont(base_font)
        self._fonts: dict[tuple[str, float], QFont] = {}

    def _font(self, document: QTextDocument, fmt: QTextFormat) -> QFont:
        """Two thirds of the text's size, read from the document's font at each layout so that
        marks follow the zoom (:mod:`drafter.gui.zoom` scales that font); cached per size."""
        base = document.defaultFont()
        size = fmt.toCharFormat().fontPointSize() or base.pointSizeF() or self._base_font.pointSizeF() or 12.0
        key = (base.family(), size)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(base)
            font.setPointSizeF(size * 0.66)
            self._fonts[key] = font
        return font

    def intrinsicSize(self, document: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:
        font = self._font(document, fmt)
        metrics = QFontMetricsF(font)
        label = str(mark_number(document, position))
        return QSizeF(metrics.horizontalAdvance(label) + 3 * _padding(font), metrics.height())

    def drawObject(
        self, painter: QPainter, rect: QRectF, document: QTextDocument, position: int, fmt: QTextFormat
    ) -> None:
        font = self._font(document, fmt)
        painter.save()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        # a little room on either side, and raised by a quarter of its height: sizes in
        # proportion to the font, so that a zoomed page looks like the page at 100 %
        painter.drawText(QPointF(rect.left() + _padding(font), rect.top() + metrics.ascent() * 0.75), str(
            mark_number(document, position)))
        painter.restore()


def _padding(font: QFont) -> float:
    """Room beside a mark's number: half a pixel at 100 % (a 7.9 pt mark), scaled with it."""
    return font.pointSizeF() / 16


def install(document: QTextDocument, owner: QObject) -> FootnoteMarkPainter:
    """Register the mark painter on a document's layout (keep the returned object alive)."""
    painter = FootnoteMarkPainter(owner, document.defaultFont())
    document.documentLayout().registerHandler(FOOTNOTE_OBJECT, painter)
    document.setProperty("_drafter_mark_index", MarkIndex(document))
    return painter
