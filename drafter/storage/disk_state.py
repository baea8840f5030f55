"""Noticing that another program changed a file since we opened or saved it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DiskState:
    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: str | Path) -> DiskState | None:
        target = Path(path)
        try:
            stat = target.stat()
            digest = hashlib.sha256(target.read_bytes()).hexdigest()
        except OSError:
            return None
        return cls(stat.st_size, stat.st_mtime_ns, digest)


def changed_on_disk(path: str | Path, known: DiskState | None) -> bool:
    """True when the file differs from ``known`` (content, not just its timestamp)."""
    if known is None:
        return False
    current = DiskState.of(path)
    if current is None:
        return True  # deleted or unreadable since
    if (current.size, current.mtime_ns) == (known.size, known.mtime_ns):
        return False
    return current.digest != known.digest
