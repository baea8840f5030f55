"""Tables of a Word body, kept as tables.

A table in a resolution (the boxed list of Goals in A/RES/70/1, a scale of
assessments, a budget) is read into rows of cell texts rather than flattened into
paragraphs, so that export writes it back as a table. Two kinds of tables are not
resolution tables and stay ordinary blocks: a short masthead table before the text
(read_body decides that) and a layout table that holds the resolution itself (one
with the organ formula in it, or a negotiation compilation table whose first column
holds each paragraph's address, "PP1", "OP2 bis", recovery joining it to the text).

A cell's text is its non-empty paragraphs joined by line breaks, each paragraph with
the label Word's numbering shows; footnote marks keep their offsets in that text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lxml import etree

from drafter.parsing.blocks import SourceBlock, SourceTable
from drafter.parsing.negotiation import take_label
from drafter.parsing.patterns import formula_of


@dataclass
class _Open:
    element: etree._Element
    after_line: int
    cells: dict[tuple[int, int], list[SourceBlock]] = field(default_factory=dict)
    shape: list[int] = field(default_factory=list)  # cells per row


class TableCollector:
    """Gathers the blocks of one body table at a time (tables follow one another)."""

    def __init__(self, q: str) -> None:
        self.q = q
        self.current: _Open | None = None
        # Comments and tracked changes in cells of kept tables: not kept (the cells' text
        # is read with changes accepted); counted so that the reader can say so.
        self.review_marks_left_out = 0

    def position(self, paragraph: etree._Element, table: etree._Element) -> tuple[int, int] | None:
        """(row, column) of a paragraph in ``table``, None when the table's shape is unusual."""
        q = self.q
        row = next((r for r in paragraph.iterancestors(f"{q}tr") if r.getparent() is table), None)
        if row is None:
            return None
        cell = next((c for c in paragraph.iterancestors(f"{q}tc") if c.getparent() is row), None)
        if cell is None:
            return None
        rows = _rows(table, q)
        if row not in rows:
            return None
        return rows.index(row), row.findall(f"{q}tc").index(cell)

    def add(self, table: etree._Element, at: tuple[int, int], block: SourceBlock, after_line: int) -> None:
        if self.current is None or self.current.element is not table:
            q = self.q
            shape = [len(row.findall(f"{q}tc")) for row in _rows(table, q)]
            self.current = _Open(table, after_line, shape=shape)
        self.current.cells.setdefault(at, []).append(block)

    def close(self) -> tuple[SourceTable | None, list[SourceBlock]]:
        """The open table as a table, or (a layout table) its blocks to read as text."""
        current, self.current = self.current, None
        if current is None:
            return None, []
        blocks = [b for key in sorted(current.cells) for b in current.cells[key]]
        if any(formula_of(block.text) for block in blocks) or _is_compilation(current):
            return None, blocks
        self.review_marks_left_out += sum(len(b.comments) + len(b.revisions) for b in blocks)
        rows = [["" for _ in range(width)] for width in current.shape]
        refs = {}
        for (row, column), cell in current.cells.items():
            text, cell_refs = _cell(cell)
            rows[row][column] = text
            if cell_refs:
                refs[f"{row}:{column}"] = cell_refs
        return SourceTable(rows=rows, cell_refs=refs, after_line=current.after_line), []


def _is_compilation(table: _Open) -> bool:
    """A compilation table: each row with text opens with a cell holding only a
    paragraph's address ("PP1", "OP1 alt")."""
    first: dict[int, list[SourceBlock]] = {}
    for (row, _column), cell in sorted(table.cells.items()):
        first.setdefault(row, cell)
    return bool(first) and all(_bare_label(cell) for cell in first.values())


def _bare_label(cell: list[SourceBlock]) -> bool:
    if len(cell) != 1:
        return False
    found = take_label(cell[0].text)
    return found is not None and not cell[0].text[found.end :].strip()


def _rows(table: etree._Element, q: str) -> list[etree._Element]:
    """The table's rows, a row deleted with tracked changes left out (changes are accepted)."""
    return [row for row in table.findall(f"{q}tr") if row.find(f"{q}trPr/{q}del") is None]


def _cell(blocks: list[SourceBlock]) -> tuple[str, list]:
    pieces, refs, length = [], [], 0
    for block in blocks:
        lead = f"{block.auto_label}\t" if block.auto_label else ""
        text = lead + block.text
        refs += [replace(r, offset=r.offset + length + len(lead)) for r in block.footnote_refs]
        pieces.append(text)
        length += len(text) + 1
    return "\n".join(pieces), refs
