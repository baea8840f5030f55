"""Time ``drafter check`` on whole folders: one process against ``--jobs 2``, in the same run.

Two batches: the shared corpus (``../shared/corpus/``, about 50 files) and the parallel
training corpus (``../shared/train/akn-parallel.tar.xz``, 2,102 texts, unpacked into a
temporary folder first). Each is checked by the real command line as a subprocess, as an
editor would run it, once with one process and once with ``--jobs 2`` (``--format json``);
the two outputs must be identical. Prints the wall times, files per second, the speed-up, and
the CPU time of each run (the command and its workers). Goal: at least 1.7 times faster on 2
cores. The wall-time ratio is only meaningful on an otherwise idle machine: other work on the
cores slows the two-process run more than the single one. The CPU times show what splitting
the work costs whatever the load; ``jobs × CPU(1) / CPU(jobs)`` bounds the speed-up on idle cores.

Usage: .venv/bin/python bench/bench_batch.py [--jobs N] [--skip-train]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from timing import CORPUS, REPO

from drafter.commands.batch_files import collect

TRAIN_ARCHIVE = REPO.parent / "shared" / "train" / "akn-parallel.tar.xz"
GOAL = 1.7


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and its worker processes
    return usage.ru_utime + usage.ru_stime


def run_check(folder: Path, jobs: int) -> tuple[float, float, bytes, int]:
    """(wall seconds, CPU seconds, stdout, exit status) of ``drafter check --format json --jobs N FOLDER``."""
    command = [sys.executable, "-m", "drafter", "check", "--format", "json", "--jobs", str(jobs), str(folder)]
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=environment, cwd=REPO, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        print(done.stderr.decode(errors="replace")[-2000:], file=sys.stderr)
    return seconds, _children_cpu() - cpu, done.stdout, done.returncode


def compare(label: str, folder: Path, jobs: int) -> float:
    files = len(collect([folder]).files)
    single, single_cpu, single_out, single_status = run_check(folder, 1)
    parallel, parallel_cpu, parallel_out, parallel_status = run_check(folder, jobs)
    same = single_out == parallel_out and single_status == parallel_status
    speedup = single / parallel
    print(f"{label}: {files} files")
    runs = (("1 process:  ", single, single_cpu), (f"{jobs} processes:", parallel, parallel_cpu))
    for name, wall, cpu in runs:
        print(f"  {name} {wall:7.2f} s  ({files / wall:6.1f} files/s), CPU {cpu:6.2f} s")
    print(f"  speed-up {speedup:.2f}x (goal {GOAL}x on 2 cores); same output: {'yes' if same else 'NO'}")
    # What the split costs in CPU (start-up of the workers, sending results back): on cores
    # nobody else uses, the wall-time speed-up cannot exceed this bound.
    print(f"  CPU bound on idle cores: {jobs * single_cpu / parallel_cpu:.2f}x")
    return speedup


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-train", action="store_true", help="only the shared corpus")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f}")
    compare("shared/corpus", CORPUS, args.jobs)
    if not args.skip_train and TRAIN_ARCHIVE.is_file():
        with tempfile.TemporaryDirectory(prefix="drafter-train-") as folder:
            with tarfile.open(TRAIN_ARCHIVE) as archive:
                archive.extractall(folder, filter="data")
            compare("shared/train (unpacked)", Path(folder), args.jobs)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
