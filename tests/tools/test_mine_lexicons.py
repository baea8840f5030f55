"""The lexicon miner on a small parallel set: phrase boundaries where wordings diverge.

Run on the real corpus by tools/build_lexicons.py (whose output tests/test_lexicons.py
compares with the committed lexicons); here the rules are checked one by one.
"""

from __future__ import annotations

import importlib.util
import sys

from drafter.core.lexicon import lexicon
from support.corpus import REPO

TOOLS = REPO / "tools"


def _miner():
    if "mine_lexicons" not in sys.modules:
        spec = importlib.util.spec_from_file_location("mine_lexicons", TOOLS / "mine_lexicons.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["mine_lexicons"] = module
        spec.loader.exec_module(module)
    return sys.modules["mine_lexicons"]


RULES = {"object_starts": {"fr": ["le", "la", "les", "sa", "ses", "du", "des", "que"], "zh": []},
         "adverbs": {"fr": ["également"], "zh": ["又"]}}


def _pairs(english: str, others: list[str], lang: str, organ: str = "GA", part: str = "preamble"):
    miner = _miner()
    return [miner.Pair(english, other, part, lang, f"R{index}", organ) for index, other in enumerate(others)]


def test_the_phrase_ends_where_the_continuations_diverge() -> None:
    others = ["Soulignant la nécessité de", "Soulignant que tous", "Soulignant sa volonté",
              "Soulignant le rôle", "Soulignant les efforts"]
    mined = _miner().mine(iter(_pairs("Stressing the need", others, "fr")), lexicon("en"), RULES)
    assert [e["phrase"] for e in mined["fr"]["preamble"]] == ["Soulignant"]
    assert mined["fr"]["preamble"][0]["resolutions"] == ["R0", "R1", "R2", "R3", "R4"]


def test_a_recurring_object_is_cut_off() -> None:
    # "Prie le Secrétaire général de" recurs, but "le" starts the object.
    others = [f"Prie le Secrétaire général de faire {n}" for n in range(5)]
    mined = _miner().mine(iter(_pairs("Requests the Secretary-General", others, "fr", part="operative")),
                          lexicon("en"), RULES)
    assert [e["phrase"] for e in mined["fr"]["operative"]] == ["Prie"]


def test_too_little_evidence_gives_nothing() -> None:
    pairs = _pairs("Recalling", ["Rappelant sa", "Rappelant ses"], "fr")
    mined = _miner().mine(iter(pairs), lexicon("en"), RULES)
    assert mined["fr"]["preamble"] == []


def test_organ_forms_differing_in_one_word_get_their_gender() -> None:
    ga = _pairs("Deeply concerned", [f"Profondément préoccupée par {n}" for n in "abc"], "fr", "GA")
    council = _pairs("Deeply concerned", [f"Profondément préoccupé par {n}" for n in "def"], "fr", "ECOSOC")
    council = [_miner().Pair(p.english, p.other, p.part, p.lang, "E" + p.resolution, p.organ)
               for p in council]
    mined = _miner().mine(iter(ga + council), lexicon("en"), RULES)
    genders = {e["phrase"]: e.get("gender") for e in mined["fr"]["preamble"]}
    assert genders == {"Profondément préoccupée par": "f", "Profondément préoccupé par": "m"}


def test_chinese_is_mined_by_characters() -> None:
    others = ["极为关切地注意到，冲突", "极为关切地注意到：局势", "极为关切地注意到，报告"]
    mined = _miner().mine(iter(_pairs("Noting with grave concern", others, "zh")), lexicon("en"), RULES)
    assert [e["phrase"] for e in mined["zh"]["preamble"]] == ["极为关切地注意到"]


def test_a_one_character_chinese_verb_ends_before_its_many_objects() -> None:
    """"请" + 秘书长 / 大会主席 / 管理国 / 各会员国 …: the verb is "请", not "请各" or "请管理国"."""
    objects = ["秘书长", "大会主席", "管理国", "各会员国", "委员会"]
    others = [f"请{obj}报告{n}；" for obj in objects for n in range(3)]
    miner = _miner()
    pairs = [miner.Pair("Requests the Secretary-General", other, "operative", "zh", f"R{index}", "GA")
             for index, other in enumerate(others)]
    mined = miner.mine(iter(pairs), lexicon("en"), RULES)
    assert [e["phrase"] for e in mined["zh"]["operative"]] == ["请"]


def test_a_known_chinese_verb_is_cut_before_the_preposition_of_its_complement() -> None:
    """"决定在大会第N届会议上…": the complement opens with 在; the opener is "决定"."""
    others = [f"决定在大会第{n}届会议临时议程中列入" for n in "五六七八"]
    rules = {**RULES, "prepositions": {"zh": ["在"]}, "known": {("zh", "operative"): ("决定",)}}
    mined = _miner().mine(iter(_pairs("Decides to include", others, "zh", part="operative")),
                          lexicon("en"), rules)
    assert [e["phrase"] for e in mined["zh"]["operative"]] == ["决定"]


def test_a_wording_spread_over_several_english_openers_is_pooled() -> None:
    """"坚信" renders "Convinced", "Firmly believing" and "Expressing its conviction": each
    English opener alone has too few resolutions, all together have enough."""
    miner = _miner()
    pairs = [
        miner.Pair(english, other, "preamble", "zh", f"R{index}", "GA")
        for index, (english, other) in enumerate([
            ("Convinced that cooperation matters,", "坚信合作很重要，"),
            ("Firmly believing that peace is possible,", "坚信和平是可能的，"),
            ("Expressing its conviction that dialogue helps,", "坚信对话有益，"),
        ])
    ]
    mined = miner.mine(iter(pairs), lexicon("en"), RULES)
    [entry] = mined["zh"]["preamble"]
    assert entry["phrase"] == "坚信" and entry["resolutions"] == ["R0", "R1", "R2"]
    assert len(entry["en"]) == 3


def test_a_shared_modifier_is_not_an_opener() -> None:
    """"Profondément" before "préoccupée", "convaincue" …: where wordings diverge after a
    word an opener may carry before its head (opener_shapes.json), there is no opener."""
    import re

    rules = {**RULES, "modifiers": {"fr": re.compile("[a-zé]+ment")}}
    others = ["Profondément préoccupée par", "Profondément convaincue que", "Profondément attristée par",
              "Profondément alarmée par"]
    pairs = _pairs("Deeply concerned", others, "fr")
    mined = _miner().mine(iter(pairs), lexicon("en"), rules)
    assert "Profondément" not in [e["phrase"] for e in mined["fr"]["preamble"]]


def test_texts_without_a_consensus_are_aligned_when_their_counts_agree(tmp_path) -> None:
    """Multi-part and Fifth Committee texts have no consensus counts; a version is used
    where its segmentation has the English version's counts, and left out otherwise."""
    texts = {
        "en": (
            "The General Assembly,\n\nRecalling its resolution 1,\n\n"
            "1. Endorses the report;\n\n2. Decides.\n"
        ),
        "zh": "大会，\n\n回顾其第1号决议，\n\n1. 核可报告；\n\n2. 决定。\n",
        "fr": "L’Assemblée générale,\n\nRappelant sa résolution 1,\n\n1. Approuve le rapport.\n",
    }
    rows = []
    for lang, text in texts.items():
        (tmp_path / f"{lang}.txt").write_text(text, encoding="utf-8")
        rows.append(
            {"file": f"{lang}.txt", "lang": lang, "resolution": "R", "organ": "GA", "consensus": None}
        )
    formulas = {"en": ["The General Assembly,"], "zh": ["大会，"], "fr": ["L’Assemblée générale,"]}
    pairs = list(_miner().aligned_pairs(tmp_path, rows, lexicon("en"), formulas))
    assert {(p.lang, p.other) for p in pairs} == {
        ("zh", "回顾其第1号决议，"), ("zh", "核可报告；"), ("zh", "决定。"),
    }
