"""The desktop bundle: its size, and how long the frozen app takes from launch to its window.

Builds the Linux bundle with packaging/build.py into a temporary folder (or measures the one
given with ``--bundle``), then starts the frozen executable with no file, off screen, with
``DRAFTER_TEST_DUMP`` set: the app writes the document it shows once the window is up and the
event loop runs, then quits. The wall time of that process is "start to window" plus a few
milliseconds of dump and exit. The first run after the build is the cold start (nothing of
the bundle in the page cache yet, unless the build just read it); the median of the next runs
is the warm start. The same measurement from source (``python -m drafter``) is printed
beside it. Goals: bundle under 200 MB, cold start under 1.5 s.

Usage: .venv/bin/python bench/bench_frozen.py [--bundle FOLDER] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import REPO

SIZE_GOAL_MB = 200
START_GOAL_S = 1.5


def start_to_window(command: list[str], home: Path) -> float:
    home.mkdir(parents=True, exist_ok=True)
    environment = {
        "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen", "DRAFTER_SETTINGS": str(home / "settings.ini"),
        "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"),
        "DRAFTER_TEST_DUMP": str(home / "dump.json"), "PYTHONPATH": str(REPO),
    }
    start = time.perf_counter()
    subprocess.run(command, env=environment, cwd=home, check=True, capture_output=True, timeout=120)
    seconds = time.perf_counter() - start
    if not (home / "dump.json").is_file():
        raise RuntimeError(f"{command[0]}: no window was shown")
    (home / "dump.json").unlink()
    return seconds


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def measure(bundle: Path, runs: int, scratch: Path) -> None:
    if not (bundle / "drafter").is_file():
        raise SystemExit(f"bench_frozen: {bundle}: no drafter executable in this folder")
    size = folder_size(bundle) / 1e6
    print(f"bundle: {bundle} {size:.1f} MB (goal under {SIZE_GOAL_MB} MB)")
    frozen = [str(bundle / "drafter")]
    cold = start_to_window(frozen, scratch / "cold")
    warm = [start_to_window(frozen, scratch / f"warm{i}") for i in range(runs)]
    source = [start_to_window([sys.executable, "-m", "drafter"], scratch / f"src{i}") for i in range(runs)]
    print(f"frozen, first run (cold): {cold:.2f} s (goal under {START_GOAL_S} s)")
    print(f"frozen, median of {runs}:  {statistics.median(warm):.2f} s")
    print(f"from source, median of {runs}: {statistics.median(source):.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="an already built bundle folder (dist/desktop/drafter)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="drafter-frozen-") as folder:
        scratch = Path(folder)
        bundle = args.bundle
        if bundle is None:
            start = time.perf_counter()
            subprocess.run([sys.executable, str(REPO / "packaging" / "build.py"), "--no-archive",
                            "--dist", str(scratch / "dist")], check=True, capture_output=True)
            print(f"build: {time.perf_counter() - start:.0f} s")
            bundle = scratch / "dist" / "drafter"
        measure(bundle, args.runs, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
