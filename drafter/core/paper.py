"""The UN paper's body and footnote layout, one data source for the Word export and the page.

The Word export writes these values into its style sheet (``SingleTxt``,
``FootnoteText``); the editor's page derives its indents and the look of its text
from the same numbers (:mod:`drafter.gui.kinds`), so the screen cannot drift from
the paper. The values are in ``resources/export/layout.json`` with their sources;
lengths are in twips (twentieths of a point).

A body paragraph on paper: the text column starts ``indent_left`` in from the page
margin; the first line (preambular) and the label of an operative or
sub-paragraph (of any level: (i) stands where (a) does) sit at the first tab
after that edge; the text after a label at the next tab; wrapped lines return
to the edge.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from drafter.resources import load_json


@dataclass(frozen=True)
class Paper:
    """The body and footnote values of ``layout.json`` (see the module docstring)."""

    body: dict[str, int | list[int]]
    footnote: dict[str, int | list[int]]
    sizes: dict[str, tuple[int, int]]  # paper name -> (width, height)
    margins: dict[str, int]  # page margins of the first page: top, right, bottom, left, header …
    continuation_bottom: int  # bottom margin of the pages after the first

    @property
    def body_point_size(self) -> float:
        return int(self.body["font_half_points"]) / 2

    @property
    def label_tab(self) -> int:
        """Where a first line or a label starts, from the text's left edge (twips)."""
        return self._tab_after(int(self.body["indent_left"])) - int(self.body["indent_left"])

    @property
    def text_tab(self) -> int:
        """Where the text after a label starts, from the text's left edge (twips)."""
        edge = int(self.body["indent_left"])
        return self._tab_after(self.label_tab + edge) - edge

    def text_width(self, paper: str = "letter") -> int:
        """Width between the page margins (twips): the header's and masthead's lines."""
        return self.sizes[paper][0] - self.margins["left"] - self.margins["right"]

    def column(self, paper: str = "letter") -> int:
        """The body's text width between its two indents (twips)."""
        return self.text_width(paper) - int(self.body["indent_left"]) - int(self.body["indent_right"])

    def _tab_after(self, position: int) -> int:
        return next(tab for tab in self.body["tabs"] if tab > position)


@cache
def paper_layout() -> Paper:
    data = load_json("export/layout.json")
    page = data["page"]
    sizes = {name: (int(width), int(height)) for name, (width, height) in page["sizes"].items()}
    return Paper(body=data["body"], footnote=data["footnote"], sizes=sizes, margins=dict(page["margins"]),
                 continuation_bottom=int(page["continuation_bottom"]))
