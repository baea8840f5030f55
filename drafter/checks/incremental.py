"""The editor's check runner: family by family, with per-paragraph caching of style rules.

What an editor needs beyond the pipeline the command line uses is incremental work:
the style family's pattern rules look at one paragraph at a time, so their findings are
cached by paragraph text and only paragraphs whose text changed are scanned again
(through the family's public ``check``, on a resolution holding only those paragraphs).
Its code rules (first mentions, quote pairing…) carry memory from paragraph to paragraph,
and the structure, formatting and placeholder families look across paragraphs, so those
are re-run on the whole resolution every time.

Failure isolation, suppression (disabled rules, ignored occurrences) and ordering are the
pipeline's (:mod:`drafter.checks.pipeline`), as for the command line.
"""

from __future__ import annotations

import copy
import dataclasses
from types import ModuleType

from drafter.checks import CheckOptions
from drafter.checks.pipeline import run_checks
from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution, Span

CACHE_LIMIT = 20000


class IncrementalChecker:
    """Callable like ``drafter.check``; keeps its caches between calls."""

    def __init__(self) -> None:
        self._style_cache: dict[tuple, list[Diagnostic]] = {}
        self.failures: dict[str, str] = {}
        self.scanned = 0  # paragraphs scanned by the cached rules in the last run (for tests/bench)

    def __call__(self, resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
        run = run_checks(resolution, options, runners={"style": self._style})
        self.failures = run.failures
        return run.diagnostics

    def _style(self, resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
        """Pattern rules on changed paragraphs only (cached by text), code rules on everything.

        Uses only the family's public ``check`` and its catalogue: the pattern rules
        run on a resolution holding just the paragraphs not seen before (code rules
        switched off), the code rules on the whole resolution (pattern rules off).
        """
        from drafter.checks.style import family as style
        from drafter.checks.style.catalogue import rules_for

        language = (resolution.meta.language or "en").lower()
        off = frozenset(options.disabled_rules | set(resolution.meta.disabled_rules))
        rules = [rule for rule in rules_for(language) if rule.id not in off]
        code_ids = {rule.id for rule in rules if rule.code}
        pattern_ids = {rule.id for rule in rules if not rule.code}
        if len(self._style_cache) > CACHE_LIMIT:
            self._style_cache.clear()

        def key(text: str, spans: list[Span] | None) -> tuple:
            frozen = tuple((s.start, s.end) for s in spans) if spans is not None else None
            return (language, options.ui_language, off, text, frozen)

        found: list[Diagnostic] = []
        units = [("META:title", resolution.meta.title, None)] if resolution.meta.title else []
        units += [(p.address, p.text, p.italic_spans) for p in resolution.paragraphs]
        pending = [(address, text, spans) for address, text, spans in units
                   if key(text, spans) not in self._style_cache]
        self.scanned = len(pending)
        if pending:
            new = self._pattern_run(style, resolution, pending, options, code_ids)
            for address, text, spans in pending:
                self._style_cache[key(text, spans)] = new.get(address, [])
        for address, text, spans in units:
            found.extend(d if d.paragraph == address else dataclasses.replace(d, paragraph=address)
                         for d in self._style_cache[key(text, spans)])
        if code_ids:
            code_options = dataclasses.replace(options, disabled_rules=options.disabled_rules | pattern_ids)
            found.extend(style.check(resolution, code_options))
        return found

    @staticmethod
    def _pattern_run(style: ModuleType, resolution: Resolution,
                     pending: list[tuple[str, str, list[Span] | None]], options: CheckOptions,
                     code_ids: set[str]) -> dict[str, list[Diagnostic]]:
        """Pattern-rule diagnostics of the ``pending`` units, by address."""
        wanted = {address for address, _, _ in pending}
        part = Resolution(meta=copy.deepcopy(resolution.meta))
        if "META:title" not in wanted:
            part.meta.title = ""
        part.paragraphs = [p for p in resolution.paragraphs if p.address in wanted]
        pattern_options = dataclasses.replace(options, disabled_rules=options.disabled_rules | code_ids)
        out: dict[str, list[Diagnostic]] = {}
        for diagnostic in style.check(part, pattern_options):
            out.setdefault(diagnostic.paragraph, []).append(diagnostic)
        return out
