"""The words of the list of changes, per language, from ``resources/comparison/<lang>.json``.

The sentences ("OP5: 'Encourages' replaced by 'Urges'", « Suppression : PP3 »)
are templates with named placeholders, so that a language is a data file and
the code only chooses which template to fill. The interface picks the
interface language; the command line the document's (see
:mod:`drafter.commands.compare`). A language without a file gets English. Counted
phrases have a form per CLDR plural category of the language
(:mod:`drafter.core.plurals`): Russian "one", "few", "many", Arabic six, Chinese "other".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from drafter.core.plurals import OTHER, category
from drafter.core.script import spaced
from drafter.errors import DrafterError
from drafter.resources import resources_dir

FALLBACK = "en"
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u202f]+")


def phrase_file(language: str) -> Path:
    return resources_dir() / "comparison" / f"{language}.json"


def has_phrases(language: str) -> bool:
    return phrase_file(language).is_file()


def phrase_languages() -> list[str]:
    """The languages the list of changes speaks ("ar", "en", "es" …), one per phrase file."""
    return sorted(path.stem for path in (resources_dir() / "comparison").glob("*.json"))


@dataclass(frozen=True)
class Phrases:
    """One language's templates; :meth:`say` fills one, :meth:`counted` picks a plural form."""

    language: str
    path: Path
    table: dict[str, Any]
    # Whether the compared text separates its words with spaces: the context of an insertion
    # is three words, or a few characters of Chinese (see :meth:`reading`).
    spaced_text: bool = True

    def reading(self, text_language: str) -> Phrases:
        """These templates, describing a text in ``text_language`` (a French list of a Chinese text)."""
        return replace(self, spaced_text=spaced(text_language))

    def _template(self, key: str) -> Any:
        found: Any = self.table
        for part in key.split("."):
            if not isinstance(found, dict) or part not in found:
                raise DrafterError(f"{self.path}: no phrase {key!r}")
            found = found[part]
        return found

    def say(self, key: str, **values: object) -> str:
        """The template ``key`` ("paragraph.deleted") with its placeholders filled."""
        return str(self._template(key)).format(**values)

    def counted(self, key: str, count: int, **values: object) -> str:
        """The plural form of ``key`` for ``count``: its CLDR category in the language ("1 change",
        "2 changes"; French "0 modification"; Russian "2 изменения", "5 изменений").

        A form the file leaves out is "other", as in ICU messages: French and Spanish
        give no "many" form, which CLDR keeps for round millions ("1 000 000 de …")."""
        forms = self._template(key)
        if not isinstance(forms, dict) or OTHER not in forms:
            raise DrafterError(f"{self.path}: the phrase {key!r} needs an {OTHER!r} form")
        return str(forms.get(category(self.language, count), forms[OTHER])).format(count=count, **values)

    def quote(self, text: str, limit: int = 80) -> str:
        """``text`` on one line between the language's quotation marks, cut at ``limit`` characters."""
        text = _BREAKING_SPACE.sub(" ", text).strip()  # a French no-break space stays where it is
        if len(text) > limit:
            text = text[: limit - 1].rstrip() + self.table.get("ellipsis", "…")
        return self.say("quote", text=text)

    def join(self, parts: list[str]) -> str:
        """Several edits of one paragraph, with the language's separator ("; ", " ; ")."""
        return str(self.table.get("separator", "; ")).join(parts)


@cache
def phrases(language: str = FALLBACK) -> Phrases:
    """The templates of ``language``, or English when it has no file."""
    chosen = language if has_phrases(language) else FALLBACK
    path = phrase_file(chosen)
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DrafterError(f"{path}: cannot be read as phrase templates ({error})") from error
    if not isinstance(table, dict):
        raise DrafterError(f"{path}: phrase templates must be a JSON object")
    return Phrases(chosen, path, table)
