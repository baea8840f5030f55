"""Build resources/lexicons/<lang>.json from the research lexicon.

Run: python tools/build_lexicons.py ../shared/reference/lexicon-draft.json [../shared/train]
Sources: the research file (lexicon-draft.json, shared reference material), the
hand-checked additions (lexicon_additions.json) and, for fr, es, ru, ar and zh, the
phrases mined from the parallel training corpus by tools/mine_lexicons.py (each with
the resolutions it opens paragraphs in). Each entry keeps its evidence, so every
phrase in Drafter can be traced back. The grammatical gender of French and Spanish
adjectival openers comes from the research notes ("GA (fém.)", "SC (masc.)") and, for
mined phrases, from the organs whose texts use each form.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mine_lexicons import mine_corpus

from drafter.core.lexicon import Lexicon, normalize

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
ADDITIONS = Path(__file__).resolve().parent / "lexicon_additions.json"
MINING = Path(__file__).resolve().parent / "lexicon_mining.json"
TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "train"
OUT = Path(__file__).resolve().parent.parent / "resources" / "lexicons"


def _gender(lang: str, part: str, phrase: str, note: str | None) -> str | None:
    """'f' (agrees with l'Assemblée / la Asamblea), 'm' (le Conseil / el Consejo) or None."""
    if lang not in ("fr", "es") or part != "preamble" or not note:
        return None
    if "invariable" in note:
        return None
    if re.match(r"GA\b", note) or "fém" in note or "fem." in note:
        return "f"
    if "masc" in note:
        return "m"
    masculine_ending = re.search(r"(é|u|t|x|o|s)( par| de)?$", phrase.split(" à ")[0])
    if re.match(r"SC\b", note) and len(phrase.split()) <= 4 and masculine_ending:
        # an SC adjective in the masculine ("Convaincu", "Préoccupé", "Convencido")
        return "m"
    return None


def build(source: Path, out: Path = OUT, train: Path = TRAIN) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for lang, document in lexicon_documents(source, train).items():
        path = out / f"{lang}.json"
        path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path}: {len(document['preamble'])} preambular, {len(document['operative'])} operative")


def lexicon_documents(
    source: Path, train: Path = TRAIN, organs: tuple[str, ...] | None = None
) -> dict[str, dict]:
    """The six lexicons; ``organs`` limits the mining to those organs' texts (held-out tests)."""
    data = json.loads(source.read_text(encoding="utf-8"))
    additions = json.loads(ADDITIONS.read_text(encoding="utf-8"))
    documents = {lang: _document(lang, data, data["_meta"], additions) for lang in LANGS}
    rules = _mining_rules(data)
    rules["known"] = {
        (lang, part): tuple(normalize(row["phrase"]) for row in documents[lang][part])
        for lang in LANGS for part in ("preamble", "operative")
    }
    rules["other_part"] = {
        (lang, part): tuple(normalize(row["phrase"]) for row in documents[lang][other])
        for lang in LANGS
        for part, other in (("preamble", "operative"), ("operative", "preamble"))
    }
    mined = mine_corpus(
        train / "akn-parallel.tar.xz", train / "truth.jsonl", Lexicon("en", documents["en"]),
        _formulas(), rules, organs,
    )
    for lang, parts in mined.items():
        for part, rows in parts.items():
            _merge_mined(documents[lang][part], rows)
    for lang, document in documents.items():
        particles = _language(lang).get("opener_particles")
        if particles:
            for part in ("preamble", "operative"):
                _add_heads(document[part], particles)
        forms = _language(lang).get("agreement_forms")
        if forms:
            for part in ("preamble", "operative"):
                _add_counterparts(document[part], forms)
    return documents


def _add_heads(rows: list[dict], particles: list[str]) -> None:
    """A particle and its verb alone ("وإذ تشير" from "وإذ تشير إلى"): official texts put a
    phrase between the verb and its preposition ("وإذ تشير، على خلفية …، إلى")."""
    known = {_merge_key(row["phrase"]) for row in rows}
    for row in list(rows):
        words = row["phrase"].split(" ")
        if len(words) < 3 or words[0] not in particles:
            continue
        head = " ".join(words[:2])
        if _merge_key(head) in known:
            continue
        known.add(_merge_key(head))
        rows.append({
            "phrase": head, "seen": row["seen"], "evidence": [f"head: {row['phrase']}"],
            **({"en": row["en"]} if row.get("en") else {}),
        })


def _add_counterparts(rows: list[dict], forms: dict) -> None:
    """The masculine form of each feminine (General Assembly) phrase, by the language's
    agreement data: "إذ تشير إلى" gives "إذ يشير إلى" for the Councils."""
    known = {_merge_key(row["phrase"]) for row in rows}
    for row in list(rows):
        if row.get("gender") == "m":
            continue
        masculine = _masculine(row["phrase"], forms)
        if masculine == row["phrase"]:
            continue
        row.setdefault("gender", "f")
        if _merge_key(masculine) in known:
            continue
        known.add(_merge_key(masculine))
        rows.append({
            "phrase": masculine, "seen": False, "gender": "m",
            "evidence": [f"agreement: masculine of {row['phrase']}"],
            **({"en": row["en"]} if row.get("en") else {}),
        })


def _masculine(phrase: str, forms: dict) -> str:
    words = phrase.split(" ")
    verb = 1 if words[0] in forms["particles"] + forms["past_particles"] and len(words) > 1 else 0
    f_prefix, m_prefix = forms["verb_prefix"]["f"], forms["verb_prefix"]["m"]
    f_past, m_past = forms["past_suffix"]["f"], forms["past_suffix"]["m"]
    if words[0] in forms["past_particles"] and words[verb].endswith(f_past):
        words[verb] = words[verb][: len(words[verb]) - len(f_past)] + m_past
    elif words[verb].startswith(f_prefix) and (verb == 1 or words[0] not in forms["past_particles"]):
        words[verb] = m_prefix + words[verb][len(f_prefix):]
    f_pronoun, m_pronoun = forms["pronoun_suffix"]["f"], forms["pronoun_suffix"]["m"]
    words = [
        w[: len(w) - len(f_pronoun)] + m_pronoun if w.endswith(f_pronoun) and len(w) > len(f_pronoun) + 1
        else w
        for w in words
    ]
    return " ".join(words)


def _language(lang: str) -> dict:
    return json.loads((OUT.parent / "languages" / f"{lang}.json").read_text(encoding="utf-8"))


def _document(lang: str, data: dict, meta: dict, additions: dict) -> dict:
    entries = {}
    for part in ("preamble", "operative"):
        rows = []
        for item in data[lang][part]:
            row = {
                "phrase": item["phrase"],
                "seen": bool(item.get("seen_in_real_un")),
                "evidence": item.get("evidence") or [],
            }
            for key in ("en", "italic_scope", "count_pdf", "note", "source_if_unseen"):
                if item.get(key) not in (None, ""):
                    row[key] = item[key]
            gender = _gender(lang, part, item["phrase"], item.get("note"))
            if gender:
                row["gender"] = gender
            rows.append(row)
        known = {row["phrase"] for row in rows}
        for phrase, where in additions.get(lang, {}).get(part, []):
            if phrase not in known:
                rows.append({"phrase": phrase, "seen": True, "evidence": [f"shared-corpus:{where}"]})
        entries[part] = rows
    return {
        "language": lang,
        "source": (
            "shared/reference/lexicon-draft.json (research lexicon), tools/lexicon_additions.json"
            " (shared corpus) and shared/train/akn-parallel.tar.xz (parallel corpus, mined by"
            " tools/mine_lexicons.py), built by tools/build_lexicons.py"
        ),
        "evidence_sources": {
            **meta["sources"],
            "akn-train": "shared/train/akn-parallel.tar.xz: GA 75th session and ECOSOC 2021 in six languages;"
            " 'akn-train:<resolution>' = the text of that resolution in this lexicon's language"
            " (text/<lang>/<resolution>-*.txt) opens a paragraph with the phrase",
        },
        "caveats": meta["caveats"],
        **entries,
    }


def _merge_mined(rows: list[dict], mined: list[dict]) -> None:
    """Mined phrases join the researched ones (evidence added) or are appended, most frequent first."""
    by_key = {_merge_key(row["phrase"]): row for row in rows}
    for item in mined:
        evidence = [f"akn-train:{key}" for key in item["resolutions"]]
        row = by_key.get(_merge_key(item["phrase"]))
        if row is None:
            row = {"phrase": item["phrase"], "seen": True, "evidence": [], "en": "/".join(item["en"])}
            rows.append(row)
            by_key[_merge_key(item["phrase"])] = row
        row["seen"] = True
        row["evidence"] = row["evidence"] + evidence
        row["count_train"] = item["paragraphs"]
        row["organs_train"] = item["organs"]
        if item.get("gender") and "gender" not in row:
            row["gender"] = item["gender"]


def _merge_key(phrase: str) -> str:
    """Normalized phrase; Arabic "وإذ …" and "إذ …" are one opener (first paragraph or later)."""
    key = normalize(phrase)
    return key[1:] if key.startswith("وإذ ") else key


def _formulas() -> dict[str, list[str]]:
    return {lang: list(_language(lang)["formulas"].values()) for lang in LANGS}


def _mining_rules(data: dict) -> dict:
    rules = json.loads(MINING.read_text(encoding="utf-8"))
    adverbs: dict[str, list[str]] = {}
    for forms in data["sequencing_adverbs"].values():
        for lang, words in forms.items():
            adverbs.setdefault(lang, []).extend(w.strip() for w in words.split("/") if w.strip())
    shared = json.loads((OUT.parent / "rules" / "structure.json").read_text(encoding="utf-8"))
    return {
        "object_starts": rules["object_starts"], "prepositions": rules.get("prepositions", {}),
        "adverbs": adverbs, "modifiers": _modifiers(),
        "shared_parts": shared["data"]["shared_part_openers"]["languages"],
    }


def _modifiers() -> dict[str, re.Pattern[str]]:
    """Per language, the words an opener may carry before its head word, from the opener
    shapes (``skip``; Chinese ``prefixes``, one or more)."""
    shapes = json.loads((OUT / "opener_shapes.json").read_text(encoding="utf-8"))
    found = {}
    for lang in LANGS:
        data = shapes.get(lang, {})
        if data.get("prefixes"):
            found[lang] = re.compile(f"(?:{data['prefixes']})+")
        elif data.get("skip"):
            found[lang] = re.compile(f"(?:{data['skip']})")
    return found


if __name__ == "__main__":
    build(
        Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/lexicon-draft.json"),
        train=Path(sys.argv[2]) if len(sys.argv) > 2 else TRAIN,
    )
