"""Words that are right in UN texts even when a dictionary or LanguageTool disagrees.

Two lists are merged: the built-in UN list (``resources/grammar/un_words.json``:
organ and body names, "Secretary-General", instrument names, acronyms, British
spellings) and the user's own list, a plain text file (one word or name per line,
``#`` starts a comment) that "Add to dictionary" appends to.
"""

from __future__ import annotations

import threading
from pathlib import Path

from drafter.errors import DrafterError, UnreadableFileError
from drafter.grammar.data import un_word_entries

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def _variants(entry: str) -> set[str]:
    entry = entry.strip()
    return {entry, entry.translate(_APOSTROPHES)} if entry else set()


class WordList:
    """Accepted words and phrases; lookups are exact, or case-free for lower-case entries."""

    def __init__(self, entries: list[str] | None = None) -> None:
        self._exact: set[str] = set()
        self._folded: set[str] = set()
        for entry in entries or []:
            self.add(entry)

    def add(self, entry: str) -> None:
        for form in _variants(entry):
            self._exact.add(form)
            if form == form.lower():
                self._folded.add(form.casefold())
            # A multi-word name accepts its parts ("Addis Ababa" -> "Ababa").
            for part in form.split():
                if len(part) > 1:
                    self._exact.add(part)

    def accepts(self, word: str) -> bool:
        """True when ``word`` (a flagged token or span) is in the list."""
        for form in _variants(word):
            if form in self._exact or form.casefold() in self._folded:
                return True
            for suffix in ("'s", "s"):  # possessive and plural of listed words
                stem = form[: -len(suffix)] if form.endswith(suffix) else ""
                if stem and (stem in self._exact or stem.casefold() in self._folded):
                    return True
        return False


def read_user_words(path: Path) -> list[str]:
    """The user's words; a missing file is an empty list (nothing added yet).

    Raises :class:`UnreadableFileError` (one line naming the file) when it exists but
    cannot be read; the checker then reports it and goes on with the UN list only.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except UnicodeDecodeError as error:
        raise UnreadableFileError(path, f"word list is not UTF-8 text (byte {error.start})") from error
    except OSError as error:
        raise UnreadableFileError(path, f"word list cannot be read ({error.strerror or error})") from error
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


_append_lock = threading.Lock()


def append_user_word(path: Path, word: str) -> bool:
    """Add ``word`` to the user's list; False when it was already there.

    Raises :class:`DrafterError` (one line naming the file) when the list cannot be
    read or written.
    """
    word = word.strip()
    if not word or "\n" in word:
        raise ValueError(f"not a single word or name: {word!r}")
    with _append_lock:
        if word in read_user_words(path):
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            existing = path.read_text(encoding="utf-8") if path.exists() else ""
            prefix = "" if not existing or existing.endswith("\n") else "\n"
            with path.open("a", encoding="utf-8") as handle:
                handle.write(f"{prefix}{word}\n")
        except OSError as error:
            raise DrafterError(f"{path}: word list cannot be written ({error.strerror or error})") from error
    return True


def word_list_for(language: str, user_words: Path | None) -> WordList:
    """The UN list for a document language plus the user's list."""
    entries = un_word_entries(language)
    if user_words is not None:
        entries += read_user_words(user_words)
    return WordList(entries)
