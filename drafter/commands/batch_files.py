"""Which files a batch command checks: the files named, and the drafts inside the folders named.

An editor points ``drafter check`` or ``drafter report`` at the folder of the day's drafts.
A folder is walked recursively in name order (so two runs list the same files in the same
order), keeping the files a reader exists for (Word, plain text, Akoma Ntoso XML). Hidden
files and Word's "~$" owner files are left out: they are lock files, never drafts. A folder
that cannot be listed or a symbolic link that leads back into a folder already being walked
is one problem line, and the walk goes on with the rest. A file named explicitly is always
kept: the reader says why it cannot be read, if it cannot.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from drafter.api import AKN_SUFFIXES

# The formats a folder walk keeps: Word, plain text and Akoma Ntoso, each with its reader in
# drafter.formats (drafter.api dispatches on the same suffixes). Plain text is only ".txt" here:
# a folder's other extension-less or Markdown files are seldom drafts, though they can be named.
DRAFT_SUFFIXES = (".docx", ".txt", *sorted(AKN_SUFFIXES))


@dataclass
class Collected:
    """The files to check, in order, and one line per path that could not be walked."""

    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    folders: int = 0  # how many folders were named (a batch even when they hold few files)


def is_draft_name(name: str) -> bool:
    """A file name a folder walk keeps: a known suffix, and not a hidden or lock file."""
    if name.startswith((".", "~$")):
        return False
    return name.lower().endswith(DRAFT_SUFFIXES)


def collect(paths: list[Path]) -> Collected:
    """The files to check for ``paths`` (files kept as given, folders walked)."""
    found = Collected()
    for path in paths:
        if path.is_dir():
            found.folders += 1
            _walk(path, found, ancestors=set())
        else:
            found.files.append(path)
    return found


def _folder_key(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_dev, status.st_ino


def _walk(folder: Path, found: Collected, ancestors: set[tuple[int, int]]) -> None:
    """Add the drafts under ``folder``; ``ancestors`` are the folders above it (loop guard)."""
    try:
        key = _folder_key(folder)
        if key in ancestors:
            found.problems.append(f"{folder}: symbolic link loop (leads back to a folder above it); skipped")
            return
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except PermissionError:
        found.problems.append(f"{folder}: folder cannot be read (permission denied); skipped")
        return
    except OSError as error:
        reason = error.strerror or type(error).__name__
        found.problems.append(f"{folder}: folder cannot be read ({reason}); skipped")
        return
    inside = ancestors | {key}
    for entry in entries:
        path = Path(entry.path)
        try:
            is_folder = entry.is_dir()  # follows symbolic links: a linked folder is walked too
        except OSError:
            is_folder = False
        if is_folder:
            if not entry.name.startswith("."):
                _walk(path, found, inside)
        elif is_draft_name(entry.name):
            found.files.append(path)
