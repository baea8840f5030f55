"""The editor's runner re-scans only changed paragraphs for per-paragraph style rules."""

from __future__ import annotations

from types import SimpleNamespace

from drafter.checks import CheckOptions
from drafter.checks.incremental import IncrementalChecker
from drafter.core.diagnostics import Diagnostic, Severity
from drafter.core.model import Paragraph, ParagraphKind, assign_addresses
from support.editor import sample_resolution


def _fake_style(monkeypatch) -> list[tuple[str, str]]:
    """Style family stand-in: a pattern rule and a code rule, recording what they scan."""
    import drafter.checks.style.catalogue as catalogue
    import drafter.checks.style.family as style

    scans: list[tuple[str, str]] = []
    rules = [SimpleNamespace(id="pattern-rule", code=None), SimpleNamespace(id="code-rule", code="first")]

    def check(resolution, options):
        found = []
        units = [("META:title", resolution.meta.title)] if resolution.meta.title else []
        units += [(p.address, p.text) for p in resolution.paragraphs]
        for rule in rules:
            if rule.id in options.disabled_rules:
                continue
            for address, text in units:
                scans.append((rule.id, text))
                if "its" in text:
                    start = text.index("its")
                    found.append(Diagnostic(rule.id, Severity.INFO, address, start, start + 3, "m"))
        return found

    monkeypatch.setattr(style, "check", check)
    monkeypatch.setattr(catalogue, "rules_for", lambda language: rules)
    return scans


def test_only_changed_paragraphs_are_rescanned_by_pattern_rules(monkeypatch):
    scans = _fake_style(monkeypatch)
    checker = IncrementalChecker()
    options = CheckOptions(families=("style",))
    resolution = sample_resolution()
    first = checker(resolution, options)
    units = len(resolution.paragraphs) + 1  # and the title
    assert checker.scanned == units
    assert [(d.rule, d.paragraph) for d in first if d.rule == "pattern-rule"] == [
        ("pattern-rule", "PP1"), ("pattern-rule", "OP2"), ("pattern-rule", "OP3")]
    # one paragraph edited and a new one inserted before OP2: OP2 becomes OP3
    scans.clear()
    resolution.paragraphs[0].text = "Recalling the Charter,"
    resolution.paragraphs.insert(3, Paragraph(ParagraphKind.OPERATIVE, "Notes it;"))
    assign_addresses(resolution.paragraphs)
    second = checker(resolution, options)
    assert checker.scanned == 2
    rescanned = sorted(text for rule, text in scans if rule == "pattern-rule")
    assert rescanned == ["Notes it;", "Recalling the Charter,"]
    # code rules (memory across paragraphs) run everywhere, every time
    assert sum(1 for rule, _ in scans if rule == "code-rule") == units + 1
    # cached findings carry the paragraph's new address
    assert [(d.rule, d.paragraph) for d in second if d.rule == "pattern-rule"] == [
        ("pattern-rule", "OP3"), ("pattern-rule", "OP4")]


def test_a_failing_family_costs_only_its_own_diagnostics(monkeypatch):
    import drafter.checks.placeholders as placeholders

    def broken(resolution, options):
        raise KeyError("catalogue entry")

    _fake_style(monkeypatch)
    monkeypatch.setattr(placeholders, "check", broken)
    checker = IncrementalChecker()
    found = checker(sample_resolution(), CheckOptions(families=("placeholders", "style")))
    assert {d.rule for d in found} == {"pattern-rule", "code-rule"}
    assert "placeholders" in checker.failures and "KeyError" in checker.failures["placeholders"]
