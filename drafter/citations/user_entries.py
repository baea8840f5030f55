"""The user's own index entries, kept in the user data folder.

``$XDG_DATA_HOME/drafter/citations.json`` (default ``~/.local/share/drafter``), the
same family of folders as the recovery store (``$XDG_STATE_HOME``). ``drafter index
add FOLDER`` and the editor's import both fold new texts into it with the same
majority voting as the shipped index (``harvest.Votes``); each text counts once,
however often its folder is imported. Entries typed in by hand (``add_entry``) are
kept as they are and win over everything else.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from drafter.errors import DrafterError, UnreadableFileError
from drafter.storage.atomic import atomic_write_bytes

RESOLUTION_SUFFIXES = {".docx", ".txt"}


def user_entries_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "drafter" / "citations.json"


def _load(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"format": 1, "entries": {}, "imported": []}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DrafterError(f"{path}: not a Drafter citation file ({error})") from error
    if not isinstance(data, dict) or not isinstance(data.get("entries"), dict):
        raise DrafterError(f"{path}: not a Drafter citation file (no entries)")
    return data


def load_user_entries(path: Path | None = None) -> dict[str, dict[str, Any]]:
    return _load(path or user_entries_path())["entries"]


def save_user_entries(entries: dict[str, dict[str, Any]], path: Path | None = None,
                      imported: list[str] | None = None) -> Path:
    """Write the entries (and the texts imported so far, so that none is counted twice)."""
    path = path or user_entries_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if imported is None:
        imported = _load(path).get("imported", [])
    document = {"format": 1, "entries": entries, "imported": sorted(imported)}
    data = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1)
    atomic_write_bytes(path, data.encode("utf-8"))
    return path


def import_folder(folder: Path, path: Path | None = None) -> tuple[int, list[str]]:
    """Read every .docx/.txt resolution in ``folder`` (recursively) into the user entries.

    Returns the number of texts read and one line per file that could not be read.
    """
    from drafter.citations.harvest import Votes
    from drafter.formats.reading import read_file as read

    if not folder.is_dir():
        raise DrafterError(f"{folder}: no such folder")
    stored = _load(path or user_entries_path())
    by_hand = {key: entry for key, entry in stored["entries"].items() if entry.get("added")}
    imported = set(stored.get("imported", []))
    votes = Votes()
    votes.add_entries({k: e for k, e in stored["entries"].items() if k not in by_hand})
    read_count, problems = 0, []
    for file in sorted(folder.rglob("*")):
        if file.suffix.lower() not in RESOLUTION_SUFFIXES or not file.is_file():
            continue
        try:
            resolution = read(file)
        except UnreadableFileError as error:
            problems.append(str(error))
            continue
        read_count += 1
        identity = f"{resolution.meta.symbol}|{resolution.meta.language}"
        if resolution.meta.symbol and identity in imported:
            continue  # imported before: its votes are in already
        imported.add(identity)
        votes.add_resolution(resolution)
    save_user_entries({**votes.entries(), **by_hand}, path, sorted(imported))
    return read_count, problems


def add_entry(key: str, date: str, title: str = "", language: str = "en", path: Path | None = None) -> dict:
    """Add or replace one entry by hand ("GA 70/1", "2015-09-25"); it takes precedence
    over the shipped entry with the same key."""
    if not _KEY.fullmatch(key):
        raise DrafterError(f"{key}: not an index key (organ and number, as \"GA 70/1\" or \"SC 2231\")")
    if date and not _ISO.fullmatch(date):
        raise DrafterError(f"{date}: not a date (write it as 2015-09-25)")
    entries = load_user_entries(path)
    entry: dict[str, Any] = {"date": date, "dates": {date: 1} if date else {}, "added": True}
    if title:
        entry["titles"] = {language: title}
    entries[key] = entry
    save_user_entries(entries, path)
    return entry


_KEY = re.compile(r"(?:GA|SC|ECOSOC|HRC)(?: dec)? (?:(?:ES|S)-)?\d{1,4}(?:/\d{1,4})?(?: [A-Z]{1,2})?")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
