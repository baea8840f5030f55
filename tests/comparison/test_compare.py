"""The comparison engine on small hand-made texts: matching by content, word-level
differences, moves, footnotes, and renumbering that is not a change."""

from __future__ import annotations

import copy

import drafter
from drafter.comparison import ChangeKind, build_comparison, compare
from drafter.comparison.diff import base_side, diff_text, new_side
from drafter.comparison.matching import align
from drafter.core.model import ParagraphKind
from support.redline import BASE, NEW, make


def kinds_and_addresses(changes: list) -> list[tuple[str, str]]:
    return [(c.kind.value, c.address) for c in changes]


def test_public_api_returns_the_changes() -> None:
    assert kinds_and_addresses(drafter.compare(BASE, NEW)) == kinds_and_addresses(compare(BASE, NEW))


def test_change_list_names_addresses_as_negotiators_do() -> None:
    described = [c.description for c in compare(BASE, NEW)]
    assert described == [
        "Footnote 1 (PP1): ', annex' inserted after 'A/RES/70/1'",
        "PP2 deleted",
        "OP1: 'Encourages' replaced by 'Urges'",
        "OP2 (was OP4) moved",
        "OP3(b) (was OP2(b)): 'scientific' inserted after 'the exchange of'",
        "OP3 deleted",
        "New OP3(c) inserted",
        "New OP4 inserted",
    ]


def test_deletions_are_addressed_in_the_base_and_the_rest_in_the_new_text() -> None:
    changes = {c.description: c for c in compare(BASE, NEW)}
    deleted = changes["OP3 deleted"]
    assert deleted.base_text == "Requests the Secretary-General to report;"
    assert deleted.new_address is None
    moved = changes["OP2 (was OP4) moved"]
    assert (moved.base_address, moved.new_address) == ("OP4", "OP2")


def test_identical_texts_have_no_change() -> None:
    assert compare(BASE, copy.deepcopy(BASE)) == []


def test_renumbering_alone_is_not_a_change() -> None:
    renumbered = copy.deepcopy(BASE)
    for number, paragraph in enumerate(renumbered.paragraphs, start=7):
        paragraph.source_label = f"{number}."  # labels typed differently
    for note in renumbered.footnotes:  # footnotes renumbered, marks follow
        note.number += 10
    for paragraph in renumbered.paragraphs:
        for ref in paragraph.footnote_refs:
            ref.number += 10
    assert compare(BASE, renumbered) == []


def test_an_insertion_changes_nothing_but_itself_although_all_later_numbers_move() -> None:
    longer = copy.deepcopy(BASE)
    inserted = copy.deepcopy(longer.paragraphs[2])
    inserted.text = "Stresses the importance of sustainable aquaculture for food security;"
    longer.paragraphs.insert(2, inserted)
    from drafter.core.model import assign_addresses

    assign_addresses(longer.paragraphs)
    assert kinds_and_addresses(compare(BASE, longer)) == [("inserted", "OP1")]


def test_whitespace_and_typography_are_not_changes() -> None:
    base = make([("operative", "Welcomes the Secretary-General's report;")])
    new = make([("operative", "Welcomes  the\u00a0Secretary\u2011General\u2019s report;")])
    assert compare(base, new) == []


def test_paragraphs_are_matched_by_content_not_position() -> None:
    base_texts = ["Alpha fisheries observers", "Beta coral reefs bleaching", "Gamma whaling moratorium"]
    new_texts = ["New text about plastic litter", *base_texts]
    matches = align(base_texts, new_texts)
    assert [(m.kind, m.base, m.new) for m in matches] == [
        ("inserted", None, 0), ("equal", 0, 1), ("equal", 1, 2), ("equal", 2, 3),
    ]


def test_a_rewritten_paragraph_is_deleted_and_inserted_not_changed() -> None:
    base = make([("operative", "Decides to convene a conference on coral reefs in 2025;")])
    new = make([("operative", "Requests the Secretary-General to report on plastic litter;")])
    assert kinds_and_addresses(compare(base, new)) == [("deleted", "OP1"), ("inserted", "OP1")]


def test_word_level_segments_rebuild_both_texts() -> None:
    base = "Encourages States, as appropriate, to take action to conserve fish stocks;"
    new = "Urges all States to take urgent action to conserve and manage fish stocks, as appropriate;"
    segments = diff_text(base, new)
    assert base_side(segments) == base
    assert new_side(segments) == new
    assert segments[0].op == "delete" and segments[0].text.startswith("Encourages")
    assert segments[1].op == "insert" and segments[1].text.startswith("Urges")
    assert any(s.op == "equal" and "to conserve" in s.text for s in segments)


def test_footnote_inserted_deleted_and_changed_are_listed() -> None:
    base = make([("operative", "Recalls the Convention and the Agreement;", (1, 23), (2, 41))],
                {1: "Treaty Series, vol. 1833.", 2: "Ibid., vol. 2167."})
    new = make([("operative", "Recalls the Convention and the Agreement;", (1, 23), (2, 41))],
               {1: "Treaty Series, vol. 1834.", 2: "Ibid., vol. 2167."})
    changes = compare(base, new)
    assert [c.description for c in changes] == ["Footnote 1 (OP1): '1833' replaced by '1834'"]
    assert (changes[0].kind, changes[0].base_footnote, changes[0].new_footnote) == (
        ChangeKind.FOOTNOTE_CHANGED, 1, 1)
    dropped = make([("operative", "Recalls the Convention and the Agreement;", (1, 23))],
                   {1: "Treaty Series, vol. 1833."})
    assert [c.description for c in compare(base, dropped)] == [
        "Footnote 2 deleted from OP1: 'Ibid., vol. 2167.'"]
    assert [c.description for c in compare(dropped, base)] == [
        "New footnote 2 inserted in OP1: 'Ibid., vol. 2167.'"]


def test_headings_are_described_by_their_words() -> None:
    base = make([("heading", "Capacity-building"), ("operative", "Decides to continue;")])
    new = make([("operative", "Decides to continue;")])
    assert [c.description for c in compare(base, new)] == ["heading 'Capacity-building' (H1) deleted"]


def test_the_alignment_covers_every_paragraph_of_both_texts() -> None:
    comparison = build_comparison(BASE, NEW)
    shown_new = [d.new for d in comparison.paragraphs if d.kind != "moved_from" and d.new is not None]
    shown_base = [d.base for d in comparison.paragraphs if d.kind not in ("moved", "inserted")]
    assert shown_new == NEW.paragraphs
    assert sorted(id(p) for p in shown_base) == sorted(id(p) for p in BASE.paragraphs)
    assert all(d.paragraph.kind in ParagraphKind for d in comparison.paragraphs)


def test_punctuation_and_case_changes_are_changes() -> None:
    base = make([("operative", "Decides to remain seized of the matter;")])
    new = make([("operative", "decides to remain seized of the matter.")])
    assert [c.description for c in compare(base, new)] == [
        "OP1: 'Decides' replaced by 'decides'; ';' replaced by '.'"]


def test_a_footnote_moved_within_a_paragraph_is_matched_once() -> None:
    text = "Welcomes the outcomes of the resolutions on plastic pollution and on mangroves;"
    base = make([("operative", text, (1, 37), (2, 60), (3, 78))],
                {1: "UNEP/EA.4/Res.6.", 2: "UNEP/EA.4/Res.11.", 3: "UNEP/EA.4/Res.12."})
    new = make([("operative", text, (1, 37), (2, 60), (3, 78))],
               {1: "UNEP/EA.4/Res.11.", 2: "UNEP/EA.4/Res.12.", 3: "UNEP/EA.4/Res.6."})
    notes = build_comparison(base, new).paragraphs[0].footnotes
    base_numbers = [n.base.number for n in notes if n.base is not None]
    assert sorted(base_numbers) == [1, 2, 3]


def test_a_paragraph_that_changes_role_is_a_change_even_with_the_same_words() -> None:
    base = make([("preambular", "Recalling its resolution 70/1,"),
                 ("preambular", "Decides to remain seized of the matter."),
                 ("operative", "Requests a report;")])
    new = make([("preambular", "Recalling its resolution 70/1,"),
                ("operative", "Decides to remain seized of the matter."),
                ("operative", "Requests a report;")])
    assert [c.description for c in compare(base, new)] == [
        "OP1 (was PP2): now an operative paragraph"]


def test_chinese_differences_are_per_character_not_per_clause() -> None:
    base = make([("preambular", "满意地注意到《协定》正式生效二十周年，欢迎联合国粮食及农业组织的工作，")])
    new = make([("preambular", "满意地注意到《协定》正式生效二十周年，赞赏联合国粮食及农业组织的工作，")])
    assert [c.description for c in compare(base, new)] == ["PP1: '欢迎' replaced by '赞赏'"]


def test_an_edited_paragraph_of_common_words_is_found_between_unchanged_neighbours() -> None:
    common = "the States and the parties to the Agreement"
    base_texts = [f"Invites document{k} of {common};" for k in range(10)]
    base_texts.insert(5, f"Invites {common};")  # no word of its own
    new_texts = [f"Welcomes new initiative{k} by {common};" for k in range(30)] + list(base_texts)
    new_texts[35] = f"Invites {common} and others;"
    matches = align(base_texts, new_texts)
    assert ("changed", 5, 35) in [(m.kind, m.base, m.new) for m in matches]
