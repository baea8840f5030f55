"""Build resources/lexicons/<lang>.json from the research lexicon.

Run: python tools/build_lexicons.py ../shared/reference/lexicon-draft.json
The research file (lexicon-draft.json, shared reference material) is the source;
each entry keeps its evidence, so every phrase in Drafter can be traced back.
This script only reshapes the data and derives the grammatical gender of French
and Spanish adjectival openers from the research notes ("GA (fém.)", "SC (masc.)").
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
ADDITIONS = Path(__file__).resolve().parent / "lexicon_additions.json"
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


def build(source: Path, out: Path = OUT) -> None:
    data = json.loads(source.read_text(encoding="utf-8"))
    meta = data["_meta"]
    additions = json.loads(ADDITIONS.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
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
        document = {
            "language": lang,
            "source": (
                "shared/reference/lexicon-draft.json (research lexicon) and tools/lexicon_additions.json"
                " (shared corpus), reshaped by tools/build_lexicons.py"
            ),
            "evidence_sources": meta["sources"],
            "caveats": meta["caveats"],
            **entries,
        }
        path = out / f"{lang}.json"
        path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path}: {len(entries['preamble'])} preambular, {len(entries['operative'])} operative")


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/lexicon-draft.json"))
