"""Read the French translation source and the ``tr`` calls of interface modules.

Tests compare the two so that every interface string has a finished French translation.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from drafter.gui import i18n

GUI = Path(i18n.__file__).parent


def ts_messages() -> dict[tuple[str, str], str]:
    """(context, source) -> translation, finished entries only."""
    root = ElementTree.parse(i18n.translation_source("fr")).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete"):
                found[(name, message.findtext("source") or "")] = translation.text or ""
    return found


def tr_calls(module: Path) -> tuple[str, list[str]]:
    """The module's translation context and every literal passed to its ``tr``."""
    source = module.read_text(encoding="utf-8")
    context = re.search(r'QCoreApplication\.translate\("(\w+)", text\)', source).group(1)
    texts = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                and node.args and isinstance(node.args[0], ast.Constant)):
            texts.append(node.args[0].value)
    return context, texts


def painted_texts(editor, monkeypatch) -> list[str]:
    """Every text the page paints over the document (labels, hints), from one paint."""
    from PySide6.QtGui import QPainter

    painted: list[str] = []
    real = QPainter.drawText

    def spy(painter, *args):
        painted.extend(a for a in args if isinstance(a, str))
        return real(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    editor.viewport().grab()
    monkeypatch.setattr(QPainter, "drawText", real)
    return painted
