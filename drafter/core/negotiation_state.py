"""Where a negotiation stands: counts, what is still open, and the clean numbering.

Everything here is derived from the paragraphs (their texts, negotiation labels and
statuses), never stored, so the counts the command line prints, the editor's summary
pane and the ``--final`` refusal always agree with the text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from drafter.core.model import Paragraph, ParagraphKind, Resolution, Span, assign_addresses
from drafter.core.negotiation import AGREED, AGREED_AD_REF, View, analyse, is_whole_paragraph, resolve


def is_negotiation_draft(resolution: Resolution) -> bool:
    """Whether brackets in the body are negotiation markup rather than template placeholders.

    A text is a negotiation draft when something other than a lone bracket says so:
    a bis/alt label, a status, a facilitator note, an attribution, a group of
    alternatives, brackets inside brackets or an unbalanced bracket.
    """
    for paragraph in resolution.paragraphs:
        if paragraph.negotiation_label or paragraph.status or paragraph.notes:
            return True
        markup = analyse(paragraph.text)
        if markup.attributions or markup.alternatives or markup.problems:
            return True
        if any(group.depth for group in markup.groups):
            return True
    return False


def negotiation_counts(resolution: Resolution) -> dict[str, int]:
    """The ``negotiation`` object of ``drafter check --format json``.

    ``brackets``: bracketed spans still open, a group of adjacent alternatives once and a
    bracketed whole paragraph once (brackets nested inside another count too: each is
    one more thing to agree); ``alternatives``: groups with two options or more;
    ``new_paragraphs``: bis, ter … paragraphs (not "alt" ones, which replace a paragraph);
    ``agreed``: paragraphs marked agreed or agreed ad ref; ``attributions``: parenthesized
    attributions.
    """
    counts = Counter({"brackets": 0, "alternatives": 0, "new_paragraphs": 0, "agreed": 0, "attributions": 0})
    for paragraph in resolution.paragraphs:
        markup = analyse(paragraph.text)
        counts["brackets"] += len(markup.groups)
        counts["alternatives"] += len(markup.alternatives)
        counts["attributions"] += len(markup.attributions)
        counts["new_paragraphs"] += is_new_paragraph(paragraph)
        counts["agreed"] += paragraph.status in (AGREED, AGREED_AD_REF)
    return dict(counts)


def is_new_paragraph(paragraph: Paragraph) -> bool:
    return bool(paragraph.negotiation_label) and not is_alternative(paragraph)


def is_alternative(paragraph: Paragraph) -> bool:
    return alternative_number(paragraph.negotiation_label) > 0


def alternative_number(label: str) -> int:
    """1 for "alt", 2 for "alt 2" …, 0 for any other label."""
    word, _, number = label.partition(" ")
    if word != "alt":
        return 0
    return int(number) if number.isdigit() else 1


def summary_line(resolution: Resolution) -> str:
    """"12 open brackets in 7 paragraphs; 4 agreed ad ref" (and "; 2 agreed" when some are)."""
    brackets = paragraphs = 0
    for paragraph in resolution.paragraphs:
        count = len(analyse(paragraph.text).groups)
        brackets += count
        paragraphs += bool(count)
    statuses = Counter(p.status for p in resolution.paragraphs)
    line = (
        f"{brackets} open bracket{'' if brackets == 1 else 's'} in "
        f"{paragraphs} paragraph{'' if paragraphs == 1 else 's'}; {statuses[AGREED_AD_REF]} agreed ad ref"
    )
    return f"{line}; {statuses[AGREED]} agreed" if statuses[AGREED] else line


def open_brackets_by_paragraph(resolution: Resolution) -> dict[str, int]:
    return {
        p.address: n for p in resolution.paragraphs if (n := len(analyse(p.text).groups))
    }


def open_brackets_by_delegation(resolution: Resolution) -> dict[str, int]:
    """For each delegation, the open bracket groups its attributions speak to: the group
    just before an attribution (or the paragraph's first group when none is before it)."""
    found: Counter[str] = Counter()
    for paragraph in resolution.paragraphs:
        markup = analyse(paragraph.text)
        if not markup.groups:
            continue
        linked: dict[str, set[int]] = {}
        for attribution in markup.attributions:
            before = [g.start for g in markup.groups if g.end <= attribution.start]
            group = before[-1] if before else markup.groups[0].start
            for name in attribution.delegations:
                linked.setdefault(name, set()).add(group)
        for name, groups in linked.items():
            found[name] += len(groups)
    return dict(found)


def delegations_of(paragraph: Paragraph) -> set[str]:
    return {name for a in analyse(paragraph.text).attributions for name in a.delegations}


def unresolved(resolution: Resolution) -> list[str]:
    """What stops a text from being final, one line per paragraph: "OP5 bis: label “bis”".

    Brackets, alternatives and bis/alt labels must be settled by the negotiators;
    attributions, statuses and notes are simply left out of the final text."""
    lines = []
    for paragraph in resolution.paragraphs:
        markup = analyse(paragraph.text)
        reasons = []
        if paragraph.negotiation_label:
            reasons.append(f"label “{paragraph.negotiation_label}”")
        if markup.alternatives:
            reasons.append(f"{len(markup.alternatives)} alternative group(s)")
        plain = len(markup.groups) - len(markup.alternatives)
        if plain:
            whole = any(is_whole_paragraph(paragraph.text, g, markup) for g in markup.groups)
            reasons.append("bracketed paragraph" if whole and plain == 1 else f"{plain} open bracket(s)")
        if markup.problems:
            reasons.append("unbalanced bracket")
        if reasons:
            lines.append(f"{paragraph.address}: {', '.join(reasons)}")
    return lines


def clean_addresses(paragraphs: list[Paragraph]) -> list[str]:
    """The address each paragraph will have once bis/ter labels become numbers.

    A bis, ter … paragraph takes the next number and moves the ones after it; an "alt"
    paragraph stays an alternative of the paragraph it follows ("OP3 alt"), since only
    the negotiators can choose between them.
    """
    copies = [
        replace(p, negotiation_label=p.negotiation_label if is_alternative(p) else "", footnote_refs=[])
        for p in paragraphs
    ]
    assign_addresses(copies)
    return [p.address for p in copies]


def renumbering_table(paragraphs: list[Paragraph]) -> list[tuple[str, str]]:
    """(old address, new address) for every numbered paragraph whose address changes."""
    numbered = (ParagraphKind.PREAMBULAR, ParagraphKind.OPERATIVE)
    return [
        (p.address, new)
        for p, new in zip(paragraphs, clean_addresses(paragraphs), strict=True)
        if p.kind in numbered and p.address != new
    ]


def _to_view(view: View, offset: int) -> int:
    """The view position of a source offset: the first kept character at or after it."""
    for index, origin in enumerate(view.origin):
        if origin >= offset:
            return index
    return len(view.text)


def resolved_paragraph(paragraph: Paragraph, view: View) -> Paragraph:
    """A copy of ``paragraph`` with the text of ``view``, its footnote marks and italics moved."""
    refs = [replace(r, offset=_to_view(view, r.offset)) for r in paragraph.footnote_refs]
    spans = None
    if paragraph.italic_spans is not None:
        spans = [Span(_to_view(view, s.start), _to_view(view, s.end)) for s in paragraph.italic_spans]
        spans = [s for s in spans if s.end > s.start]
    return replace(paragraph, text=view.text, footnote_refs=refs, italic_spans=spans)


def final_resolution(resolution: Resolution) -> Resolution:
    """The clean text for submission: attributions, statuses and notes left out.

    Only for a text :func:`unresolved` finds nothing in (no brackets, alternatives or labels).
    """
    paragraphs = [
        replace(resolved_paragraph(p, resolve(p.text)), status="", notes=[]) for p in resolution.paragraphs
    ]
    assign_addresses(paragraphs)
    return replace(resolution, paragraphs=paragraphs)
