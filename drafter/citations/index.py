"""The citation index: what public texts (and the user's imports) say about each resolution.

The shipped part is ``resources/citations/index.json.gz`` (built by
``tools/build_citation_index.py``); the user's part is a JSON file in the user data
folder (``user_entries``). Both are read on first use only, once per process.
Keys are "GA 70/1", "SC 2231", "ECOSOC 2021/7", "HRC 44/18", "GA dec 74/543".
"""

from __future__ import annotations

import gzip
import json
import sys
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from drafter.resources import resources_dir

INDEX_FILE = "citations/index.json.gz"


@dataclass(frozen=True)
class Entry:
    key: str
    date: str  # ISO adoption date, "" when only the year is known (SC "2231 (2015)")
    dates: dict[str, int] = field(default_factory=dict)  # dates the citing resolutions give, with votes
    slips: dict[str, int] = field(default_factory=dict)  # dates one language version gave against the others
    titles: dict[str, str] = field(default_factory=dict)  # per language
    paren: str = ""  # SC year or GA Roman session
    adopted: bool = False  # the index holds the text itself (its masthead)
    user: bool = False  # added by the user

    @property
    def organ(self) -> str:
        return self.key.split(" ")[0]

    @property
    def number(self) -> str:
        return self.key.split(" ", 2)[-1] if " dec " in self.key else self.key.split(" ", 1)[1]

    @property
    def decision(self) -> bool:
        return " dec " in self.key

    @property
    def conflicting(self) -> bool:
        """Public texts disagree on the date (the majority is still the entry's date)."""
        return len(self.dates) > 1

    @property
    def symbol(self) -> str:
        """As cited: "70/1", "2231 (2015)", "1514 (XV)"."""
        return f"{self.number} ({self.paren})" if self.paren else self.number

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles.get("en", "")


def entry_from_json(key: str, data: dict[str, Any], user: bool = False) -> Entry:
    return Entry(
        key=key,
        date=data.get("date", ""),
        dates=data.get("dates") or {},
        slips=data.get("slips") or {},
        titles=data.get("titles") or {},
        paren=data.get("paren", ""),
        adopted=bool(data.get("adopted")),
        user=user,
    )


class CitationIndex:
    """Entries by key; user entries take precedence over the shipped ones."""

    def __init__(self, public: dict[str, dict], user: dict[str, dict] | None = None) -> None:
        self._public = public
        self._user = user or {}
        self._cache: dict[str, Entry | None] = {}
        self._keys: list[str] | None = None

    def get(self, key: str) -> Entry | None:
        if key not in self._cache:
            self._cache[key] = self._entry(key)
        return self._cache[key]

    def _entry(self, key: str) -> Entry | None:
        """A hand-made user entry wins; imported texts add their votes to the public ones."""
        user, public = self._user.get(key), self._public.get(key)
        if user is None:
            return entry_from_json(key, public) if public is not None else None
        if public is None or user.get("added"):
            return entry_from_json(key, user, user=True)
        votes = dict(public.get("dates") or {})
        for date, count in (user.get("dates") or {}).items():
            votes[date] = votes.get(date, 0) + count
        merged = {
            **public,
            "dates": votes,
            "date": max(sorted(votes), key=lambda date: votes[date]) if votes else public.get("date", ""),
            "slips": {**(public.get("slips") or {}), **(user.get("slips") or {})},
            "titles": {**(user.get("titles") or {}), **(public.get("titles") or {})},
            "adopted": bool(public.get("adopted") or user.get("adopted")),
        }
        return entry_from_json(key, merged)

    def keys(self) -> list[str]:
        if self._keys is None:
            self._keys = sorted(set(self._public) | set(self._user))
        return self._keys

    def find(self, number: str) -> list[Entry]:
        """Entries of any organ whose number is ``number`` ("70/1", "2231")."""
        found = []
        for organ in ("GA", "SC", "ECOSOC", "HRC", "GA dec", "ECOSOC dec", "HRC dec"):
            entry = self.get(f"{organ} {number}")
            if entry is not None:
                found.append(entry)
        return found

    def completions(self, prefix: str, organ: str, limit: int = 12) -> list[Entry]:
        """Entries of ``organ`` whose number starts with ``prefix`` ("70/" → 70/1, 70/2 …),
        in numeric order."""
        start = f"{organ} {prefix}"
        keys = [k for k in self.keys() if k.startswith(start) and " dec " not in k]
        keys.sort(key=_numeric_order)
        return [entry for entry in (self.get(k) for k in keys[:limit]) if entry is not None]


def _numeric_order(key: str) -> tuple:
    """"GA 70/2" before "GA 70/10"; lettered parts ("70/238 A") after their number."""
    number = key.split(" ", 1)[1].replace("/", " ")
    return tuple((int(part), "") if part.isdigit() else (0, part) for part in number.split())


def load_public() -> dict[str, dict]:
    """The shipped entries; an unreadable file gives an empty index and a one-line warning."""
    path = resources_dir() / INDEX_FILE
    try:
        return json.loads(gzip.decompress(path.read_bytes()))["entries"]
    except (OSError, ValueError, KeyError) as error:
        print(f"drafter: {path}: citation index unreadable ({error})", file=sys.stderr)
        return {}


@cache
def default_index() -> CitationIndex:
    """The index used by the checks and the editor: shipped entries plus the user's."""
    from drafter.citations.user_entries import load_user_entries

    return CitationIndex(load_public(), load_user_entries())


def reload_index() -> CitationIndex:
    """Forget the loaded index (after the user added entries) and load it again."""
    default_index.cache_clear()
    return default_index()
