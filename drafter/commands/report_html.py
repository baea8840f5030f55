"""The batch report as one self-contained HTML page.

An editor mails the page or opens it on a machine without network, so everything is in
the file: the style sheet, the bar chart (runs of block characters, which every browser and Qt's
rich text draw alike), and the explanation of every rule that was reported, taken from the
rule catalogues (:mod:`drafter.checks.rule_index`). Each finding links to its rule below.
No script, no image, no font or style sheet from elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from html import escape

from drafter.checks.rule_index import RuleInfo, all_rules
from drafter.commands.batch import FileResult
from drafter.commands.output import plural
from drafter.core.diagnostics import Severity

STYLE = """
body { font-family: sans-serif; margin: 2em; color: #1a1a1a; max-width: 70em; }
h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
table { border-collapse: collapse; }
td, th { padding: 2px 8px; text-align: left; vertical-align: top; }
table.findings { width: 100%; } table.findings th { background: #eef1f5; }
tr.error td.severity { color: #b00020; font-weight: bold; }
tr.warning td.severity { color: #9a5b00; }
tr.info td.severity { color: #555; }
td.count { text-align: right; } td.address { white-space: nowrap; font-family: monospace; }
td.bar { letter-spacing: -1px; line-height: 1; }
p.problem { color: #b00020; }
section.rule { margin-bottom: 1em; } .example { font-family: serif; }
"""
# A bar is a run of full-block characters: drawn the same by browsers and by Qt's rich text
# (which ignores the widths of nested boxes), and it needs no image.
BAR = "\u2588"
BAR_LENGTH = 40  # characters in the longest bar
BAR_COLOURS = {Severity.ERROR: "#c0392b", Severity.WARNING: "#d68910", Severity.INFO: "#7f8c8d"}


def anchor(rule: str) -> str:
    """The fragment id of a rule's explanation (rule ids are plain, but grammar ids may not be)."""
    return "rule-" + re.sub(r"[^A-Za-z0-9_-]", "_", rule)


def render(results: list[FileResult], problems: list[str], title: str = "Drafter report") -> str:
    """The whole page for a batch's results and the paths that could not be walked."""
    read = [r for r in results if not r.problem]
    per_rule = Counter(d.rule for r in read for d in r.diagnostics)
    severity_of = {d.rule: d.severity for r in read for d in r.diagnostics}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        _totals(results, problems),
        *_problems(problems),
        '<h2 id="chart">Findings per rule</h2>',
        _chart(per_rule, severity_of),
        '<h2 id="files">Files</h2>',
        _index(results),
        *(_file(index, result) for index, result in enumerate(results, 1)),
        '<h2 id="rules">Rules reported</h2>',
        *(_rule(rule, all_rules().get(rule)) for rule in sorted(per_rule)),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _totals(results: list[FileResult], problems: list[str]) -> str:
    read = [r for r in results if not r.problem]
    counts = Counter(d.severity for r in read for d in r.diagnostics)
    unreadable = len(results) - len(read) + len(problems)
    return (f'<p class="totals">{plural(len(read), "file")} checked, {unreadable} not readable: '
            f"{plural(counts[Severity.ERROR], 'error')}, {plural(counts[Severity.WARNING], 'warning')}, "
            f"{counts[Severity.INFO]} info.</p>")


def _problems(problems: list[str]) -> list[str]:
    return [f'<p class="problem">{escape(problem)}</p>' for problem in problems]


def _chart(per_rule: Counter[str], severity_of: dict[str, Severity]) -> str:
    if not per_rule:
        return "<p>No findings.</p>"
    top = max(per_rule.values())
    rows = ['<table class="chart">']
    for rule, count in per_rule.most_common():
        length = max(1, round(BAR_LENGTH * count / top))
        colour = BAR_COLOURS.get(severity_of[rule], "#7f8c8d")
        rows.append(f'<tr><td><a href="#{anchor(rule)}">{escape(rule)}</a></td>'
                    f'<td class="count">{count}</td>'
                    f'<td class="bar"><font color="{colour}" style="color:{colour}">'
                    f"{BAR * length}</font></td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _counts(result: FileResult) -> str:
    return (f"{plural(result.count(Severity.ERROR), 'error')}, "
            f"{plural(result.count(Severity.WARNING), 'warning')}, {result.count(Severity.INFO)} info")


def _index(results: list[FileResult]) -> str:
    """One line per file, linked to its section: the way into a report of many files."""
    rows = ['<table class="index">']
    for index, result in enumerate(results, 1):
        if result.problem:
            counts = "not readable"
        else:
            counts = _counts(result)
        rows.append(f'<tr><td><a href="#file-{index}">{escape(result.name)}</a></td><td>{counts}</td></tr>')
    rows.append("</table>")
    return "\n".join(rows)


def _file(index: int, result: FileResult) -> str:
    head = f'<section class="file" id="file-{index}"><h3>{escape(result.name)}</h3>'
    if result.problem:
        return f'{head}<p class="problem">{escape(result.problem)}</p></section>'
    facts = result.recognised
    about = ""
    if facts is not None:
        counts = facts.counts
        about = (f"<p>{escape(facts.language)}, {escape(facts.organ)}: "
                 f"{counts['preamble']} preambular, {counts['operative']} operative, "
                 f"{counts['subparagraphs']} sub-paragraphs, {counts['footnotes']} footnotes. "
                 f"{_counts(result)}.</p>")
    if not result.diagnostics:
        return f"{head}{about}<p>No findings.</p></section>"
    rows = ['<table class="findings"><tr><th>Paragraph</th><th>Severity</th><th>Finding</th>'
            "<th>Rule</th></tr>"]
    for d in result.diagnostics:
        rows.append(
            f'<tr class="{d.severity.value}"><td class="address">{escape(d.paragraph)}</td>'
            f'<td class="severity">{d.severity.value}</td><td>{escape(d.message)}</td>'
            f'<td><a href="#{anchor(d.rule)}">{escape(d.rule)}</a></td></tr>'
        )
    rows.append("</table></section>")
    return head + about + "\n".join(rows)


def _rule(rule: str, info: RuleInfo | None) -> str:
    head = f'<section class="rule" id="{anchor(rule)}"><h3>{escape(rule)}'
    if info is None:  # grammar and spelling findings come from LanguageTool or Hunspell
        return (f"{head}</h3><p>Not in Drafter's rule catalogue: a grammar or spelling finding "
                "(LanguageTool or the offline speller).</p></section>")
    lines = [f"{head} — {escape(info.title())}</h3>",
             f"<p>{escape(info.severity)}, {escape(info.category)}. {escape(info.explanation)}</p>"]
    if info.wrong:
        lines.append("<p>Wrong: " + " · ".join(f'<span class="example">{escape(w)}</span>'
                                                for w in info.wrong) + "</p>")
    if info.right:
        lines.append("<p>Right: " + " · ".join(f'<span class="example">{escape(r)}</span>'
                                                for r in info.right) + "</p>")
    if info.source:
        lines.append(f"<p><small>Source: {escape(info.source)}</small></p>")
    lines.append("</section>")
    return "\n".join(lines)
