"""Counted words in the interface ("1 footnote", "8 warnings"), through Qt's plural forms.

A count is never glued to a word in code ("{n} footnotes" gives "1 footnotes"):
each counted phrase is a numerus message of the ``Plurals`` context, translated
with Qt's plural rules for the language. English has its own small translation
(``resources/translations/drafter_en.ts``, plural forms only), installed like the
others, so "1 footnote" and "2 footnotes" both come from the .ts; French puts 0
and 1 in the singular, as the language does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

PLURAL_CONTEXT = "Plurals"
SEVERITY_COUNTS = {"error": "%n error(s)", "warning": "%n warning(s)", "info": "%n note(s)"}


def plural(text: str, count: int) -> str:
    """``text`` (with ``%n`` and ``(s)``) for ``count``, in the interface language's plural form.

    Where no translation is installed at all (a test of one widget, the library
    used from a script), Qt gives the source back: the English rule applies then.
    """
    translated = QCoreApplication.translate(PLURAL_CONTEXT, text, None, count)
    if "(s)" in translated:
        translated = translated.replace("(s)", "" if count == 1 else "s")
    return translated
