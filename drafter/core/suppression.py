"""What the drafter switched off: rules off everywhere or for one document, single occurrences.

One filter for every producer of diagnostics (the check families, the grammar checker, the
editor's merged view), so a choice made once ("Ignore once", "Disable rule") holds wherever the
diagnostic could come from. It lives in the core because it only needs the model and the
diagnostic: the grammar layer, which sits below the check pipeline, uses it too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution


def occurrence_key(diagnostic: Diagnostic, resolution: Resolution) -> str:
    """Fingerprint of one occurrence: rule, the paragraph's text and where the flagged
    words sit in it, and the words.

    It names no address, so an ignored occurrence stays ignored when its paragraph
    moves or is renumbered; any edit of the paragraph's text makes it a new occurrence
    (the drafter looks again). Diagnostics about lines that are not paragraphs (the
    formula, heading lines) keep their fixed address.
    """
    paragraph = resolution.find(diagnostic.paragraph)
    if paragraph is None:
        return f"{diagnostic.rule}|{diagnostic.paragraph}|"
    words = paragraph.text[diagnostic.start : diagnostic.end]
    digest = hashlib.sha1(paragraph.text.encode("utf-8")).hexdigest()[:12]
    return f"{diagnostic.rule}|#{digest}:{diagnostic.start}|{words}"


def is_ignored(diagnostic: Diagnostic, resolution: Resolution, ignored: set[str]) -> bool:
    """Whether the drafter chose "Ignore once" for this occurrence.

    Keys saved before occurrence keys became address-free ("rule|OP1|words") still
    match where they were written, so documents saved earlier keep their choices.
    """
    if not ignored:
        return False
    if occurrence_key(diagnostic, resolution) in ignored:
        return True
    paragraph = resolution.find(diagnostic.paragraph)
    words = paragraph.text[diagnostic.start : diagnostic.end] if paragraph else ""
    return f"{diagnostic.rule}|{diagnostic.paragraph}|{words}" in ignored


def drop_suppressed(
    diagnostics: Iterable[Diagnostic], resolution: Resolution, disabled_rules: Iterable[str] = ()
) -> list[Diagnostic]:
    """The diagnostics the drafter still wants to see.

    ``disabled_rules`` are the rules off everywhere (user settings); the document's own
    switches (rules off for this document, ignored occurrences) are read from it.
    """
    off = set(disabled_rules) | set(resolution.meta.disabled_rules)
    ignored = set(resolution.ignored)
    return [d for d in diagnostics if d.rule not in off and not is_ignored(d, resolution, ignored)]
