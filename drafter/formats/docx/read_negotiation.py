"""Negotiation markup that Word carries in formatting, revisions and comments.

In a Word compilation text proposals are often not bracketed but formatted: proposed
additions in bold or underlined, proposed deletions struck out, tracked insertions and
deletions by each delegation's author name, and comments naming who proposed a change
("EU", "G77 and China: delete"). Read as plain text these would vanish (deletions) or
lose their meaning (formatting). In a negotiation draft each becomes the typed markup
the rest of Drafter reads: the words in brackets, followed by the attribution when the
comment or the revision's author names a known delegation ("[strengthen] (EU)",
"[all] (Japan: delete)").

The paragraph's XML is rewritten (on a copy) before the ordinary paragraph reader sees
it, so footnote marks and italics keep their places. An ordinary resolution is left
alone: its tracked changes are accepted as before.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from drafter.core.negotiation import parse_attribution

# Signals in a document's plain text that it is a negotiation draft.
_SIGNALS = re.compile(
    r"\]\s*\[|(?:^|\s)\d{1,3}\s*(?:bis|ter|quater)\b|(?:^|\s)(?:PP|OP)\d{1,3}\b|\((?:agreed|convenu|acordado)",
    re.IGNORECASE,
)
_ON_OFF_FALSE = {"0", "false", "off", "none"}


def read_comments(root: etree._Element | None, w: str) -> dict[str, str]:
    """Comment id -> its text, from ``word/comments.xml``."""
    if root is None:
        return {}
    q = f"{{{w}}}"
    comments = {}
    for comment in root.iter(f"{q}comment"):
        text = " ".join("".join(t.text or "" for t in comment.iter(f"{q}t")).split())
        comments[comment.get(f"{q}id", "")] = text
    return comments


def is_negotiation_package(body: etree._Element, comments: dict[str, str], w: str) -> bool:
    """Whether the markup of this document should be read as negotiation markup."""
    if any(parse_attribution(text) for text in comments.values()):
        return True
    q = f"{{{w}}}"
    lines = ("".join(t.text or "" for t in p.iter(f"{q}t")) for p in body.iter(f"{q}p"))
    return any(_SIGNALS.search(line) for line in lines)


class NegotiationMarkup:
    """Rewrites one paragraph's XML so that its Word-only markup reads as typed markup."""

    def __init__(self, comments: dict[str, str], w: str) -> None:
        self.comments = comments
        self.q = f"{{{w}}}"

    def _run(self, text: str, template: etree._Element | None = None) -> etree._Element:
        q = self.q
        run = etree.Element(f"{q}r")
        if template is not None and template.find(f"{q}rPr") is not None:
            properties = copy.deepcopy(template.find(f"{q}rPr"))
            for tag in ("b", "u", "strike", "dstrike", "i"):
                for found in properties.findall(f"{q}{tag}"):
                    properties.remove(found)
            run.append(properties)
        t = etree.SubElement(run, f"{q}t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return run

    def _flag(self, run: etree._Element) -> str:
        """"add" for a bold or underlined run, "delete" for a struck-out one, "" otherwise."""
        q = self.q
        rpr = run.find(f"{q}rPr")
        if rpr is None:
            return ""
        for tag, flag in (("strike", "delete"), ("dstrike", "delete"), ("b", "add"), ("u", "add")):
            found = rpr.find(f"{q}{tag}")
            if found is not None and found.get(f"{q}val", "true").lower() not in _ON_OFF_FALSE:
                return flag
        return ""

    def _attribution(self, author: str, action: str) -> str:
        parsed = parse_attribution(author) if author else None
        if parsed is None:
            return ""
        return f" ({author}: delete)" if action == "delete" else f" ({author})"

    def rewrite(self, paragraph: etree._Element) -> etree._Element:
        """A copy of ``paragraph`` with brackets and attributions as text runs."""
        q = self.q
        result = copy.deepcopy(paragraph)
        for revision in list(result.iter(f"{q}ins", f"{q}del")):
            if revision.getparent() is None or revision.getparent().tag == f"{q}rPr":
                continue  # a paragraph mark's own revision: handled by the reader
            action = "delete" if revision.tag == f"{q}del" else "add"
            for deleted in revision.iter(f"{q}delText"):
                deleted.tag = f"{q}t"
            runs = revision.findall(f"{q}r")
            if not runs or not "".join(t.text or "" for t in revision.iter(f"{q}t")).strip():
                continue
            revision.insert(0, self._run("[", runs[0]))
            tail = "]" + self._attribution(revision.get(f"{q}author", ""), action)
            revision.append(self._run(tail, runs[-1]))
            revision.tag = f"{q}customXml"  # unwrapped: the reader walks into it as kept text
        self._formatting(result)
        self._comments(result)
        return result

    def _formatting(self, paragraph: etree._Element) -> None:
        """Bracket each stretch of bold, underlined or struck-out runs."""
        q = self.q
        runs = [r for r in paragraph.iter(f"{q}r") if r.find(f"{q}t") is not None]
        if all(self._flag(r) for r in runs):
            return  # a bold title or heading, not a proposal inside a paragraph
        index = 0
        while index < len(runs):
            flag = self._flag(runs[index])
            if not flag or not "".join(t.text or "" for t in runs[index].iter(f"{q}t")).strip():
                index += 1
                continue
            end = index
            while end + 1 < len(runs) and self._flag(runs[end + 1]) == flag:
                end += 1
            runs[index].addprevious(self._run("[", runs[index]))
            runs[end].addnext(self._run("]", runs[end]))
            index = end + 1

    def _comments(self, paragraph: etree._Element) -> None:
        """A comment naming delegations becomes their attribution after the commented words."""
        q = self.q
        for end in list(paragraph.iter(f"{q}commentRangeEnd")):
            text = self.comments.get(end.get(f"{q}id", ""), "")
            if text and parse_attribution(text):
                end.addnext(self._run(f" ({text})"))


def negotiation_markup(comments_root: etree._Element | None, body: etree._Element, w: str
                       ) -> NegotiationMarkup | None:
    """The rewriter for a negotiation draft's paragraphs, None for an ordinary document."""
    comments = read_comments(comments_root, w)
    return NegotiationMarkup(comments, w) if is_negotiation_package(body, comments, w) else None
