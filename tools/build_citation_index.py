"""Build resources/citations/index.json.gz, the offline index of cited UN resolutions.

Run: python tools/build_citation_index.py [--corpus ../shared/corpus]
         [--train ../shared/train/akn-parallel.tar.xz] [--out resources/citations/index.json.gz]

Sources are the public texts in shared/ (never copied into the repository): every
text's own masthead (symbol, adoption date, title) and every dated or titled citation
inside it, in all six languages. The training archive is unpacked to a temporary
folder. The output is deterministic (sorted keys, gzip without a timestamp), so a
test can rebuild it and compare bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.api import parse_text  # noqa: E402
from drafter.citations.harvest import Votes  # noqa: E402

SHARED = ROOT.parent / "shared"
OUT = ROOT / "resources" / "citations" / "index.json.gz"
SOURCE = (
    "Mastheads and citations of shared/corpus/*.txt and shared/train/akn-parallel.tar.xz "
    "(GA 75th session and ECOSOC 2021 in six languages), built by tools/build_citation_index.py"
)


def _corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.glob("*.txt") if p.is_file())


def _train_files(archive: Path, folder: Path) -> list[Path]:
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    return sorted(folder.rglob("*.txt"))


def _texts(paths: list[Path]) -> Iterator[str]:
    for path in paths:
        yield path.read_text(encoding="utf-8", errors="replace")


def build_votes(corpus: Path, train: Path) -> Votes:
    """Votes of every public text, each language version of a resolution counted once."""
    votes = Votes()
    seen: set[tuple[str, str]] = set()
    with tempfile.TemporaryDirectory(prefix="drafter-citations-") as folder:
        paths = _corpus_files(corpus) + (_train_files(train, Path(folder)) if train.exists() else [])
        for text in _texts(paths):
            resolution = parse_text(text)
            identity = (resolution.meta.symbol, resolution.meta.language)
            if resolution.meta.symbol and identity in seen:
                continue  # the same text in corpus and train
            seen.add(identity)
            votes.add_resolution(resolution)
    return votes


def index_bytes(votes: Votes) -> bytes:
    document = {"format": 1, "source": SOURCE, "entries": votes.entries()}
    payload = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return gzip.compress(payload.encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--train", type=Path, default=SHARED / "train" / "akn-parallel.tar.xz")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"build_citation_index: {args.corpus}: no such folder", file=sys.stderr)
        return 2
    data = index_bytes(build_votes(args.corpus, args.train))
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
