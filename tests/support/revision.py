"""A delegation's revision of a real resolution, made in code so that no edited copy is stored.

Comparison and redline tests use it as the "new" text against the corpus original.
"""

from __future__ import annotations

import re


def revise(text: str) -> str:
    """A revision of A/RES/76/71 (plain text) with every kind of change, renumbered."""
    body, separator, notes = text.rpartition("\n__________________\n")
    blocks = body.split("\n\n")

    def find(prefix: str) -> int:
        found = [i for i, block in enumerate(blocks) if " ".join(block.split()).startswith(prefix)]
        assert len(found) == 1, prefix
        return found[0]

    blocks[find("Taking into account the continuing")] = blocks[
        find("Taking into account the continuing")].replace("Taking into account", "Bearing in mind", 1)
    del blocks[find("Noting with satisfaction the upcoming fortieth")]
    blocks[find("5. Reiterates,")] = blocks[find("5. Reiterates,")].replace("Reiterates", "Reaffirms", 1)
    moved = blocks.pop(find("249. Notes the desire"))
    blocks.insert(find("3. Notes with satisfaction"), moved)
    blocks.insert(find("8. Encourages States to promote"),
                  "8. Invites States to share information on measures taken to implement the present "
                  "resolution with the Food and Agriculture Organization of the United Nations;")
    del blocks[find("9. Also encourages States to consider sustainable aquaculture")]
    blocks[find("(b) To ensure that impact")] = blocks[find("(b) To ensure that impact")].replace(
        "impact assessments", "environmental impact assessments", 1)
    blocks.insert(find("(c) To ensure that conservation") + 1,
                  "(d) To share the results of those assessments with the Food and Agriculture "
                  "Organization of the United Nations;")
    # renumber the operative paragraphs as a drafter would
    number = 0
    for index, block in enumerate(blocks):
        if re.match(r"\d+\. ", block):
            number += 1
            blocks[index] = re.sub(r"^\d+\.", f"{number}.", block)
    notes = notes.replace("document C 2021/23, appendix D.", "document C 2021/23, appendix E.")
    return "\n\n".join(blocks) + separator + notes
