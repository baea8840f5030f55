"""The label of a quick fix that names its replacement: "Replace with “progress”".

The label templates (resources/rules/*.json, resources/grammar/messages.json)
put the replacement between quotation marks of the interface language. When the
replacement is itself a quotation ("“progress”", the fix of a straight-quote
rule), quoting it again shows ““progress””: the template's own marks are then left
out and the replacement shows with its own.
"""

from __future__ import annotations

QUOTE_MARKS = "\"'“”‘’«»„‚‹›"
_WRAPPED = ("“{replacement}”", "« {replacement} »", "«\u00a0{replacement}\u00a0»",
            "«\u202f{replacement}\u202f»")


def fill_fix_label(template: str, replacement: str) -> str:
    """``template`` with ``{replacement}`` filled, without doubled quotation marks."""
    if len(replacement) >= 2 and replacement[0] in QUOTE_MARKS and replacement[-1] in QUOTE_MARKS:
        for wrapped in _WRAPPED:
            template = template.replace(wrapped, "{replacement}")
    return template.format(replacement=replacement)
