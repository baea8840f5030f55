"""Autosave files in a recovery folder, offered back after a crash.

Each open document autosaves to ``<recovery folder>/<key>.json`` where the key is
derived from its file path (or a session id for an unsaved document). A clean
close removes the file, so whatever is still there at start-up is work a crash
would otherwise have lost.

The parallel version shown beside a document (another language, in its own file) autosaves
here too, with the document it stood beside (:class:`Partner`), so that after a crash it is
offered back beside that document rather than as a document of its own.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from drafter.core import model_json
from drafter.core.model import Resolution
from drafter.storage.atomic import atomic_write_bytes


def default_recovery_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "drafter" / "recovery"


@dataclass(frozen=True)
class Partner:
    """The document a parallel version stood beside: its path ("" when it had never been saved)
    and the key of its own autosave (how an untitled document is found again)."""

    path: str
    key: str


@dataclass(frozen=True)
class RecoveredDocument:
    path: Path  # the autosave file
    original: str  # the document's own path, "" when it had never been saved
    saved_at: float
    resolution: Resolution
    partner: Partner | None = None  # set when this is a parallel version, beside that document


class RecoveryStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_recovery_dir()

    def key_for(self, document_path: str, session_id: str) -> str:
        source = document_path or f"untitled-{session_id}"
        return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]

    def save(self, key: str, resolution: Resolution, original: str, partner: Partner | None = None) -> Path:
        """Keep ``resolution`` (``partner``: the document it is the parallel version of)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "original": original,
            "saved_at": time.time(),
            "pid": os.getpid(),
            "resolution": model_json.to_dict(resolution),
        }
        if partner is not None:
            payload["parallel_of"] = {"path": partner.path, "key": partner.key}
        target = self.folder / f"{key}.json"
        atomic_write_bytes(target, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        return target

    def discard(self, key: str) -> None:
        (self.folder / f"{key}.json").unlink(missing_ok=True)

    def pending(self) -> list[RecoveredDocument]:
        """Autosaves left behind by sessions that did not close cleanly (newest first).

        Files of a process that is still running (another open window) are skipped;
        damaged files are ignored rather than blocking start-up.
        """
        found: list[RecoveredDocument] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob("*.json"):
            try:
                payload = json.loads(path.read_text(encoding="utf-8"))
                if process_alive(int(payload.get("pid", 0))) and int(payload["pid"]) != os.getpid():
                    continue
                found.append(
                    RecoveredDocument(
                        path=path,
                        original=str(payload.get("original", "")),
                        saved_at=float(payload.get("saved_at", 0)),
                        resolution=model_json.from_dict(payload["resolution"]),
                        partner=_partner(payload.get("parallel_of")),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return sorted(found, key=lambda item: item.saved_at, reverse=True)


def _partner(value: object) -> Partner | None:
    """The ``parallel_of`` entry; a damaged one counts as none (the work is offered on its own)."""
    if not isinstance(value, dict) or not isinstance(value.get("path"), str) or not isinstance(
            value.get("key"), str):
        return None
    return Partner(value["path"], value["key"])


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (autosaves and locks of live
    windows are left alone)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True
