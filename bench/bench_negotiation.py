"""Benchmark: checking a negotiation draft against the adopted text it was made from.

Source: the oceans omnibus (../shared/corpus/GA_76_72_en.txt, 375 operative paragraphs).
The draft brackets the verb of every fifth operative paragraph with an alternative
("[Urges][Urges]"), attributes it ("(EU)"), marks every tenth paragraph agreed ad ref and
proposes a "bis" paragraph after every twenty-fifth, so the families run on three views of
the text (two options, and the text without the new paragraphs) (see drafter/checks/negotiation_views.py).
Prints medians of several runs:

* read: :func:`drafter.parse_text` on each text;
* check: :func:`drafter.checks.run_checks` with every family;
* counts: :func:`drafter.core.negotiation_state.negotiation_counts` on the draft.

Run: ``.venv/bin/python bench/bench_negotiation.py [runs]``.
"""

from __future__ import annotations

import re
import sys

from timing import CORPUS, median_seconds

from drafter import checks
from drafter.api import parse_text
from drafter.core.negotiation_state import negotiation_counts


def negotiation_version(text: str) -> str:
    """Every fifth numbered paragraph's verb in alternatives with an attribution."""
    count = 0

    def mark(found: re.Match[str]) -> str:
        nonlocal count
        count += 1
        label, verb, rest = found.group(1), found.group(2), found.group(3)
        proposal = f"\n\n{label.rstrip('. ')} bis. [{verb}{rest}] (G77 and China)" if count % 25 == 0 else ""
        status = " (agreed ad ref)" if count % 10 == 0 else ""
        if count % 5:
            return f"{label}{verb}{rest}{status}{proposal}"
        return f"{label}[{verb}][{verb}]{rest} (EU){status}{proposal}"

    return re.sub(r"(?m)^(\d{1,3}\. )(\w+)(.*[;.])$", mark, text)


def main(runs: int) -> None:
    original = (CORPUS / "GA_76_72_en.txt").read_text(encoding="utf-8")
    draft = negotiation_version(original)
    options = checks.CheckOptions()
    for name, text in (("adopted", original), ("negotiation draft", draft)):
        resolution = parse_text(text)
        read = median_seconds(lambda t=text: parse_text(t), runs)
        check = median_seconds(lambda r=resolution: checks.run_checks(r, options), runs)
        print(f"{name}: read {read * 1000:.0f} ms, check {check * 1000:.0f} ms")
    resolution = parse_text(draft)
    counts = median_seconds(lambda: negotiation_counts(resolution), runs)
    print(f"negotiation counts {counts * 1000:.1f} ms: {negotiation_counts(resolution)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
