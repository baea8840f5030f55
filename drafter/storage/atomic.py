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
        # mkstemp creates the file readable by its owner only; the result must be what any
        # editor writes (a colleague on a shared drive opens the submission), so it keeps an
        # existing file's mode or takes the user's umask.
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~current_umask()
        os.chmod(temporary_path, mode)
        os.replace(temporary_path, target)
        _fsync_folder(folder)
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process umask, read without changing it where the system says it (Linux), since
    saves run on worker threads and ``os.umask`` can only be read by setting it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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
