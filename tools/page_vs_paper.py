"""How many paragraphs the page breaks into as many lines as the paper does.

Run: QT_QPA_PLATFORM=offscreen python tools/page_vs_paper.py FILE.docx [--size 1280x900]

Exports FILE with Drafter, renders the export and FILE itself with LibreOffice
(``libreoffice --headless --convert-to pdf``), counts the lines of each body
paragraph in both PDFs (``pdftotext -bbox-layout``: a paragraph starts at a line
indented past the text's edge; notes, headers and footers are skipped) and in the
editor's page at 100 % zoom (QTextLayout), and prints, against each PDF, the share
of paragraphs (matched by their first words) with the same line count. It measures
how closely the screen shows the paper (resources/export/layout.json); LibreOffice
stands in for Word, so a few differences are LibreOffice's own.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

_XHTML = "{http://www.w3.org/1999/xhtml}"


def paper_lines(pdf: Path) -> dict[str, int]:
    """Lines per body paragraph of a rendered resolution, keyed by its first words."""
    html = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html).replace("&nbsp;", " "))
    paragraphs: list[list] = []
    for line in root.iter(f"{_XHTML}line"):
        left, top, bottom = (float(line.get(name)) for name in ("xMin", "yMin", "yMax"))
        if bottom - top < 9 or top < 70 or top > 725 or left < 115:
            continue  # notes, header, footer, masthead lines at the page margin
        text = " ".join(word.text or "" for word in line.iter(f"{_XHTML}word"))
        if left > 140:
            paragraphs.append([key(text), 1])
        elif paragraphs:
            paragraphs[-1][1] += 1
    found: dict[str, int] = {}
    for name, count in paragraphs:
        found.setdefault(name, count)
    return found


def key(text: str) -> str:
    """A paragraph's first letters without its label, to match screen and paper."""
    text = re.sub(r"^\s*(\d+\.|\([a-z]+\))\s*", "", text)
    return re.sub(r"[^a-z]", "", text.lower())[:25]


def screen_lines(path: Path, size: tuple[int, int]) -> dict[str, int]:
    from PySide6.QtWidgets import QApplication

    from drafter.api import read
    from drafter.gui.kinds import block_kind
    from drafter.gui.main_window import MainWindow
    from drafter.settings import Settings

    app = QApplication.instance() or QApplication([])
    window = MainWindow(settings=Settings(), grammar=False)
    window.resize(*size)
    window.load_resolution(read(path))
    window.show()
    app.processEvents()
    document = window.editor.document()
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        if block_kind(block).is_body and len(key(block.text())) >= 15:
            document.documentLayout().blockBoundingRect(block)  # laid out now
            found.setdefault(key(block.text()), block.layout().lineCount())
        block = block.next()
    return found


def render(docx: Path, folder: Path) -> Path:
    profile = f"-env:UserInstallation=file://{folder / 'profile'}"
    subprocess.run(["libreoffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                    str(docx)], check=True, capture_output=True)
    return folder / f"{docx.stem}.pdf"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--size", default="1280x900", help="window size, WxH")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))
    screen = screen_lines(args.file, size)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        exported = folder / "drafter_export.docx"
        subprocess.run([sys.executable, "-m", "drafter", "export", str(args.file), "-o", str(exported)],
                       check=True, capture_output=True)
        for name, docx in (("export", exported), ("source", args.file)):
            paper = paper_lines(render(docx, folder))
            pairs = [(screen[k], paper[k]) for k in screen if k in paper]
            same = sum(1 for a, b in pairs if a == b)
            print(f"{name}: {same} of {len(pairs)} paragraphs with the paper's line count "
                  f"({100 * same / max(1, len(pairs)):.0f} %); lines on screen {sum(a for a, _ in pairs)}, "
                  f"on paper {sum(b for _, b in pairs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
