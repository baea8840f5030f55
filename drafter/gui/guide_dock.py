"""The Guide pane: the ten things a drafter needs to know, beside the page, in their language.

The text is data (``resources/guide/<language>.html``, one file per interface language,
English when there is none), so that it is written and translated like a page, not as
seventy separate interface strings. The pane opens by itself on a first run (with the
start page) and from Help ▸ Guide; View lists it like every other pane.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from drafter.resources import resources_dir

ITEMS = 10


def guide_html(language: str) -> str:
    folder = resources_dir() / "guide"
    path = folder / f"{language}.html"
    if not path.is_file():
        path = folder / "en.html"
    return path.read_text(encoding="utf-8")


class GuideDock(QDockWidget):
    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__("Guide", parent)  # the title is translated with the window's (MainWindow)
        self.setObjectName("GuideDock")
        self.setAccessibleName("Guide")
        self.text = QTextBrowser(self)
        self.text.setObjectName("GuideText")
        self.text.setOpenExternalLinks(False)
        self.setWidget(self.text)
        self.show_language(language)

    def show_language(self, language: str) -> None:
        self.text.setHtml(guide_html(language))

    def show_item(self, number: int) -> None:
        """Scroll to one of the ten items (1 … 10)."""
        self.text.scrollToAnchor(f"item-{number}")
