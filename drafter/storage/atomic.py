"""Atomic file writes: a crash or a full disk mid-save leaves the old file intact."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> None:
    """Produce ``path`` through ``write(temporary_path)``, then swap it in atomically.

    The content is written to a temporary file in the same folder (same file
    system, so the final rename is atomic), flushed to disk with fsync, and only
    then renamed over the target. If ``write`` raises, the temporary file is
    removed and the existing file is untouched.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        write(temporary_path)
        with temporary_path.open("rb+") as stream:
            os.fsync(stream.fileno())
        if target.exists():
            os.chmod(temporary_path, target.stat().st_mode & 0o777)
        os.replace(temporary_path, target)
        _fsync_folder(folder)
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    atomic_write(path, lambda temporary: temporary.write_bytes(data))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where unsupported."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
