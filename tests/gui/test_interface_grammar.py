"""English interface grammar: no article glued to a word it does not fit ("a operative paragraph")."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction

from support.files import make_editor

# "a" before a vowel sound; "a u…" words said with a "you" sound (a unique, a user) are fine.
WRONG_ARTICLE = re.compile(r"\ba (?!u(?:ni|s|r))[aeiou]", re.IGNORECASE)


def test_no_wrong_article_in_the_window_commands(qtbot, tmp_path) -> None:
    window = make_editor(qtbot, tmp_path).window
    texts = [text for action in window.findChildren(QAction)
             for text in (action.text(), action.statusTip(), action.toolTip()) if text]
    assert len(texts) > 50
    assert [text for text in texts if WRONG_ARTICLE.search(text.replace("&", ""))] == []
    tips = {action.objectName(): action.statusTip() for action in window.findChildren(QAction)}
    assert tips["kind_operative"] == "Make this an operative paragraph"
