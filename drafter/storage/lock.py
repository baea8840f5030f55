"""Lock files so that two Drafter windows never edit the same file.

The lock is ``.~lock.<name>#`` next to the document (the convention LibreOffice
uses), holding the owner's host and process id. A lock whose process is gone on
this host is stale and is taken over.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from drafter.storage.recovery import process_alive


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    user: str


class FileLockedError(Exception):
    def __init__(self, path: Path, owner: LockOwner) -> None:
        self.path = path
        self.owner = owner
        super().__init__(f"{path} is open in another Drafter window (process {owner.pid} on {owner.host})")


def lock_path(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


class DocumentLock:
    def __init__(self, document: str | Path) -> None:
        self.document = Path(document)
        self.path = lock_path(self.document)
        self.held = False

    def acquire(self) -> None:
        """Take the lock, or raise FileLockedError naming the live owner."""
        me = {"host": socket.gethostname(), "pid": os.getpid(), "user": os.environ.get("USER", "")}
        for _attempt in range(2):
            try:
                descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                owner = self._owner()
                if owner and owner.host == me["host"] and owner.pid == me["pid"]:
                    self.held = True
                    return
                if owner and (owner.host != me["host"] or process_alive(owner.pid)):
                    raise FileLockedError(self.document, owner) from None
                self.path.unlink(missing_ok=True)  # stale: its process is gone
                continue
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                json.dump(me, stream)
            self.held = True
            return
        raise FileLockedError(self.document, self._owner() or LockOwner("?", 0, ""))

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False

    def _owner(self) -> LockOwner | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockOwner(str(data.get("host", "")), int(data.get("pid", 0)), str(data.get("user", "")))
        except (OSError, ValueError, TypeError):
            return None
