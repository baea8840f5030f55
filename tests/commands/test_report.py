"""``drafter report PATH... -o report.html``: one self-contained page, read back with html.parser."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from drafter.checks.rule_index import all_rules
from drafter.cli import main
from drafter.commands.report_html import anchor

GOOD = """The General Assembly,

Recalling its resolution 66/122 of 19 December 2011,

1. Requests the Secretary-General to submit a report;

2. Decides to continue its consideration of the question.
"""
GAP = GOOD.replace("2. Decides", "3. Decides")


class Page(HTMLParser):
    """What a browser would need: tags, ids, links, sources; text by section id."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: Counter[str] = Counter()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.external: list[str] = []
        self.sections: dict[str, list[str]] = {}
        self.chart: dict[str, int] = {}
        self._section: str | None = None
        self._cells: list[str] | None = None
        self._in_chart = False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "section":
            self._section = values.get("id")
            self.sections[self._section] = []
        if tag == "table" and values.get("class") == "chart":
            self._in_chart = True
        if tag == "tr" and self._in_chart:
            self._cells = []
        if tag == "td" and self._cells is not None:
            self._cells.append("")
        for name in ("href", "src", "action", "data"):
            if values.get(name):
                (self.links if values[name].startswith("#") else self.external).append(values[name])

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self._section = None
        if tag == "tr" and self._cells:
            self.chart[self._cells[0]] = int(self._cells[1])
            self._cells = None
        if tag == "table" and self._in_chart:
            self._in_chart = False

    def handle_data(self, data: str) -> None:
        if self._section:
            self.sections[self._section].append(data)
        if self._cells:
            self._cells[-1] += data

    def text(self, section: str) -> str:
        return " ".join(" ".join(self.sections[section]).split())


def test_report_is_one_self_contained_page_with_linked_explanations(tmp_path: Path, corpus: Path,
                                                                    capsys) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "gap.txt").write_text(GAP, encoding="utf-8")
    for name in ("GA_76_112_en.txt", "GA_68_131_fr.txt", "ECOSOC_2018_5_en.docx"):
        shutil.copy(corpus / name, folder / name)
    (folder / "broken.docx").write_bytes(b"not a zip file")
    out = tmp_path / "report.html"
    assert main(["report", str(folder), "-o", str(out)]) == 2  # the broken file
    assert capsys.readouterr().err.count("broken.docx") == 1
    main(["check", "--format", "json", str(folder)])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    page = Page(out.read_text(encoding="utf-8"))
    assert page.external == []  # no script, image, style sheet or link from elsewhere
    assert not {"script", "link", "img", "iframe", "object"} & set(page.tags)
    assert page.tags["style"] == 1
    assert set(page.links) <= {f"#{i}" for i in page.ids}  # every link lands on the page

    expected = Counter(d["rule"] for record in records for d in record.get("diagnostics", []))
    assert page.chart == dict(expected)  # counts per rule, one bar each
    for rule in expected:
        assert f"#{anchor(rule)}" in page.links
        explained = page.text(anchor(rule))
        info = all_rules().get(rule)
        if info is not None:
            assert " ".join(info.explanation.split()) in explained

    files = [page.text(f"file-{index}") for index in range(1, 6)]
    broken = next(text for text in files if text.startswith(str(folder / "broken.docx")))
    assert broken.count("broken.docx") == 2  # the heading, and the reader's one-line reason
    gap = next(text for text in files if text.startswith(str(folder / "gap.txt")))
    assert "OP2 error" in gap and "operative-numbering-gap" in gap


def test_report_on_clean_files_says_so(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(tmp_path / "good.txt"), "-o", str(out)]) == 0
    page = Page(out.read_text(encoding="utf-8"))
    assert "No findings." in page.text("file-1")
    assert page.chart == {}


def test_a_report_that_cannot_be_written_is_one_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "no such folder" / "report.html"
    assert main(["report", str(tmp_path / "good.txt"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"drafter: {out}: cannot write the report")


def test_every_catalogue_rule_has_an_explanation_to_link_to() -> None:
    rules = all_rules()
    expected = {"operative-numbering-gap", "opener-not-italic", "placeholder-unfilled", "member-states"}
    assert expected <= set(rules)
    assert all(rule.explanation and rule.title("en") for rule in rules.values())
    assert "…" in rules["placeholder-unfilled"].title("en")  # the message's blank
    assert rules["member-states"].title("fr").startswith("« Member States »")
