"""Mine opening phrases in fr, es, ru, ar and zh from the parallel training corpus.

Used by tools/build_lexicons.py. Why this way: the six language versions of one
resolution have the same paragraphs in the same order, so the English opener of
preambular paragraph k (found with the English lexicon) names the meaning of the
other versions' paragraph k. Per language, part and English opener, the starts of
the aligned paragraphs are put in a prefix tree (words; characters for Chinese) and
the phrase ends where the continuations diverge: a prefix is extended while one
continuation carries at least ``CONTINUE_SHARE`` of its support. A phrase is kept
when it opens paragraphs in at least ``MIN_RESOLUTIONS`` different resolutions.

The segmentation here is deliberately independent of Drafter's reader (which uses the
lexicons): blocks after the organ formula are preambular until the block numbered 1,
then numbered blocks are operative. A text is used only when both its segmentation
and the English one give the truth's consensus counts, so misalignment is rare.
"""

from __future__ import annotations

import json
import re
import tarfile
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from drafter.core.lexicon import Lexicon, normalize

MIN_RESOLUTIONS = 3  # different resolutions a phrase must open paragraphs in
CONTINUE_SHARE = 0.75  # a phrase goes on while one continuation keeps this share
MIN_GROUP_SHARE = 0.02  # a branch must carry this share of its English opener's paragraphs
RECURRING_MAX_WORDS = 3  # opener taken from a recurring sentence, before its object
STEM_BRANCHES = 3  # a word followed by at most this many frequent wordings is their stem ("Teniendo")
MAX_UNITS = {"zh": 8}  # longest phrase in units (characters for Chinese)
MAX_WORDS = 6
LANGUAGES = ("fr", "es", "ru", "ar", "zh")
POOLED = "*"  # the tree of all English openers together
BOTH = "both"  # the pooled tree of both parts, for languages with one verb form in both

_NUMBERED = re.compile(r"^\s*(\d+)\s*[.\-–]?\s+")
_SEPARATOR = re.compile(r"^_{5,}")
_STOP = "،,;؛:：，、。（(\"“«"
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Pair:
    """One paragraph of an English text and the same paragraph in another language."""

    english: str
    other: str
    part: str
    lang: str
    resolution: str
    organ: str


def segment(text: str, formulas: list[str]) -> tuple[list[str], list[str]] | None:
    """(preambular texts, operative texts without their numbers), or None without a formula."""
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text)]
    wanted = {_formula_key(f) for f in formulas}
    try:
        start = next(i for i, b in enumerate(blocks) if _formula_key(b) in wanted)
    except StopIteration:
        return None
    preamble: list[str] = []
    operative: list[str] = []
    for block in blocks[start + 1:]:
        if _SEPARATOR.match(block):
            break
        number = _NUMBERED.match(block)
        if number and int(number.group(1)) == len(operative) + 1:
            operative.append(block[number.end():])
        elif not operative and block and not block.startswith(("(", "-", "•", "–")):
            preamble.append(block)
    return preamble, operative


def _formula_key(text: str) -> str:
    return normalize(text).rstrip(",،，: ")


def aligned_pairs(
    root: Path, rows: list[dict], english: Lexicon, formulas: dict[str, list[str]]
) -> Iterator[Pair]:
    """Aligned paragraph pairs of texts whose segmentation gives the consensus counts."""
    by_resolution: dict[str, dict[str, dict]] = defaultdict(dict)
    for row in rows:
        by_resolution[row["resolution"]][row["lang"]] = row
    for key, versions in sorted(by_resolution.items()):
        if "en" not in versions:
            continue
        parts = {lang: _usable_parts(root, row, formulas[lang]) for lang, row in versions.items()}
        if parts["en"] is None:
            continue
        english_counts = _counts(parts["en"])
        for lang in LANGUAGES:
            if parts.get(lang) is None or _counts(parts[lang]) != english_counts:
                continue
            for index, part in enumerate(("preamble", "operative")):
                for english_text, other_text in zip(parts["en"][index], parts[lang][index], strict=True):
                    yield Pair(english_text, other_text, part, lang, key, versions[lang]["organ"])


def _usable_parts(root: Path, row: dict, formulas: list[str]) -> tuple[list[str], list[str]] | None:
    """The segmentation, when it gives the consensus counts, or, for texts with none
    (parts, nested drafts, Fifth Committee texts), when it finds numbered paragraphs:
    those are then used only where the English segmentation has the same counts."""
    found = segment((root / row["file"]).read_text(encoding="utf-8"), formulas)
    if found is None:
        return None
    consensus = row.get("consensus")
    if consensus is None:
        return found if found[1] else None
    if _counts(found) != (consensus["preamble"], consensus["operative"]):
        return None
    return found


def _counts(parts: tuple[list[str], list[str]]) -> tuple[int, int]:
    return len(parts[0]), len(parts[1])


def units(text: str, lang: str) -> tuple[list[str], bool]:
    """The first words (characters for Chinese) of a paragraph, up to the first punctuation,
    and whether the length limit (not punctuation or the paragraph's end) stopped them."""
    if lang == "zh":
        out = []
        for char in text.strip():
            if not _CJK.match(char):
                return out, False
            if len(out) == MAX_UNITS["zh"]:
                return out, True
            out.append(char)
        return out, False
    out = []
    for word in text.split():
        bare = word.rstrip(_STOP)
        if not bare or any(c in _STOP for c in bare) or any(c.isdigit() for c in bare):
            return out, False
        if len(out) == MAX_WORDS:
            return out, True
        out.append(bare)
        if bare != word:
            return out, False
    return out, False


def _unit_key(unit: str, index: int) -> str:
    key = normalize(unit)
    if index == 0 and key == "إذ":
        key = "وإذ"  # the first preambular paragraph opens with إذ, later ones with وإذ
    return key


class _Node:
    __slots__ = ("children", "ended", "english", "organs", "paragraphs", "parts", "resolutions", "surfaces")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.resolutions: set[str] = set()
        self.surfaces: Counter[str] = Counter()
        self.organs: Counter[str] = Counter()
        self.english: Counter[str] = Counter()  # the English openers of its paragraphs
        self.parts: Counter[str] = Counter()  # the parts of its paragraphs
        self.paragraphs = 0
        self.ended = 0  # paragraphs whose opening words end here (punctuation, not the limit)


def _phrases(
    root: _Node, total: int, complete: Callable[[str, _Node], bool], pooled: bool = False
) -> Iterator[tuple[str, _Node | None]]:
    """Phrase boundaries: descend while one continuation keeps CONTINUE_SHARE of the support.

    A boundary that is not a ``complete`` phrase (a lone preposition or adverb, a
    Chinese character), or that is the stem of a few frequent wordings ("Teniendo
    presente", "Teniendo en cuenta"), is passed over for its continuations. A path that
    never diverges is a recurring sentence, given with no node: only its part before
    an object start ("Prend en considération | le Programme …") can be an opener.

    In a ``pooled`` tree (all English openers together) any share of the paragraphs
    counts, but a phrase must be a leaf of the frequent tree: a prefix with frequent
    continuations is a shared adverb or modifier there ("Profondément", "在这方面"),
    not an opener, and its continuations are mined instead.
    """
    min_share = 0.0 if pooled else MIN_GROUP_SHARE
    stack = [child for child in root.children.values() if child.paragraphs >= min_share * total]
    while stack:
        node = stack.pop()
        if len(node.resolutions) < MIN_RESOLUTIONS:
            continue
        strong = [c for c in node.children.values() if c.paragraphs >= CONTINUE_SHARE * node.paragraphs]
        if strong:
            stack.append(strong[0])
            continue
        surface = node.surfaces.most_common(1)[0][0]
        if not node.children and node.ended < MIN_RESOLUTIONS:
            yield surface, None  # ran into the length limit without diverging: a recurring sentence
            continue
        frequent = [c for c in node.children.values() if len(c.resolutions) >= MIN_RESOLUTIONS]
        if pooled and frequent:
            stack.extend(frequent)
            continue
        covered = sum(c.paragraphs for c in frequent)
        stem = len(frequent) <= STEM_BRANCHES and covered >= CONTINUE_SHARE * node.paragraphs
        if complete(surface, node) and not stem:
            yield surface, node
        else:
            stack.extend(c for c in node.children.values() if c.paragraphs >= min_share * total)


def mine(pairs: Iterator[Pair], english: Lexicon, rules: dict) -> dict[str, dict[str, list[dict]]]:
    """Per language and part, the mined phrases with their English openers and evidence.

    ``rules``: ``object_starts`` per language (tools/lexicon_mining.json),
    ``adverbs`` per language (the sequencing adverbs, never a phrase on their own) and
    ``other_part`` per (language, part): the known phrases of the other part, normalized.
    """
    trees: dict[tuple[str, str, str], _Node] = defaultdict(_Node)
    for pair in pairs:
        found = english.match(pair.english, pair.part)
        if found is None:
            continue
        words, capped = units(pair.other, pair.lang)
        # Per English opener, and pooled over all of them: one wording may render several
        # English openers ("坚信" for "Convinced", "Firmly believing", "Expressing its
        # conviction"), each too rare alone to be kept.
        # Languages whose verbs have one form in both parts (Chinese) pool the parts too.
        pooled_part = BOTH if pair.lang in rules.get("shared_parts", ()) else pair.part
        _add_path(trees[(pair.lang, pair.part, found.entry.phrase)], words, capped, pair, found.entry.phrase)
        _add_path(trees[(pair.lang, pooled_part, POOLED)], words, capped, pair, found.entry.phrase)
    merged: dict[tuple[str, str, str], dict] = {}
    # The pooled trees last: they only add phrases the per-opener trees did not find.
    for (lang, part, english_phrase), tree in sorted(
        trees.items(), key=lambda item: (item[0][2] == POOLED, item[0])
    ):
        other = rules.get("other_part", {}).get((lang, part), ())

        def complete(surface: str, node: _Node, lang: str = lang, other: tuple[str, ...] = other) -> bool:
            adverbs = rules["adverbs"].get(lang, [])
            whole = _complete(surface, lang, adverbs) or _ends_a_word(surface, node, lang, adverbs)
            return whole and not _stops_short(surface, other)

        for surface, found in _phrases(tree, tree.paragraphs, complete, pooled=english_phrase == POOLED):
            phrase = _cut(surface, lang, rules["object_starts"].get(lang, []))
            phrase = _cut_complement(phrase, lang, rules)
            if found is None and (phrase == surface or len(phrase.split(" ")) > RECURRING_MAX_WORDS):
                continue  # a recurring sentence: only a short opener before an object start
            node = found or _node_of(tree, surface, lang)
            # The pooled tree of both parts: the part whose paragraphs it opens most.
            target = node.parts.most_common(1)[0][0] if part == BOTH else part
            if lang == "ar":
                phrase = re.sub(r"^إذ(?=\s)", "وإذ", phrase)
            adverbs = rules["adverbs"].get(lang, [])
            whole = _complete(phrase, lang, adverbs) or (
                phrase == surface and _ends_a_word(phrase, node, lang, adverbs)
            )
            if not whole or _stops_short(phrase, other):
                continue
            if _only_modifiers(phrase, lang, rules.get("modifiers", {}).get(lang)):
                continue
            key = (lang, target, normalize(phrase))
            parts = ("preamble", "operative") if part == BOTH else (part,)
            known = [k for p in parts for k in rules.get("known", {}).get((lang, p), ())]
            mined = [k[2] for k in merged if k[0] == lang and k[1] in parts]
            if english_phrase == POOLED and (
                key[2] in mined or _redundant(key[2], lang, known, mined, rules["adverbs"].get(lang, []))
            ):
                continue
            entry = merged.setdefault(key, {
                "phrase": phrase, "en": [], "paragraphs": 0, "organs": Counter(), "resolutions": set(),
            })
            entry["en"].extend(node.english if english_phrase == POOLED else [english_phrase])
            entry["paragraphs"] += node.paragraphs
            entry["organs"].update(node.organs)
            entry["resolutions"] |= node.resolutions
    out: dict[str, dict[str, list[dict]]] = {lang: {"preamble": [], "operative": []} for lang in LANGUAGES}
    for (lang, part, _), entry in merged.items():
        out[lang][part].append({
            "phrase": entry["phrase"],
            "en": sorted(set(entry["en"])),
            "paragraphs": entry["paragraphs"],
            "organs": dict(sorted(entry["organs"].items())),
            "resolutions": sorted(entry["resolutions"]),
        })
    for lang in LANGUAGES:
        for part in ("preamble", "operative"):
            out[lang][part].sort(key=lambda e: (-e["paragraphs"], e["phrase"]))
            _mark_agreement(out[lang][part])
    return out


def _add_path(tree: _Node, words: list[str], capped: bool, pair: Pair, english_phrase: str) -> None:
    """One paragraph's opening words into a prefix tree, with its evidence at each node."""
    tree.paragraphs += 1
    node = tree
    joiner = "" if pair.lang == "zh" else " "
    for index, unit in enumerate(words):
        node = node.children.setdefault(_unit_key(unit, index), _Node())
        node.paragraphs += 1
        node.resolutions.add(pair.resolution)
        node.organs[pair.organ] += 1
        node.english[english_phrase] += 1
        node.parts[pair.part] += 1
        node.surfaces[joiner.join(words[: index + 1])] += 1
    if not capped:
        node.ended += 1


def _node_of(tree: _Node, surface: str, lang: str) -> _Node:
    """The node of a recurring sentence, for its evidence (all its paragraphs share it)."""
    node = tree
    words = list(surface) if lang == "zh" else surface.split(" ")
    for index, unit in enumerate(words):
        node = node.children[_unit_key(unit, index)]
    return node


def _complete(phrase: str, lang: str, adverbs: list[str]) -> bool:
    """Not a lone adverb ("вновь", "又"), preposition ("с") or particle ("وإذ")."""
    bare = normalize(phrase)
    if bare in {normalize(a) for a in adverbs} or bare in ("وإذ", "إذ", "وقد"):
        return False
    return len(bare) >= (2 if lang == "zh" else 4)


def _ends_a_word(surface: str, node: _Node | None, lang: str, adverbs: list[str]) -> bool:
    """A one-character Chinese verb ("请") ends where its paragraphs go on in more than
    STEM_BRANCHES frequent ways (请秘书长, 请大会主席, 请管理国, 请各会员国 …): those are its
    objects. Without this, mining passed over it into the objects ("请各", "请管理国")."""
    if lang != "zh" or node is None or len(normalize(surface)) != 1:
        return False
    if normalize(surface) in {normalize(a) for a in adverbs}:
        return False
    frequent = [c for c in node.children.values() if len(c.resolutions) >= MIN_RESOLUTIONS]
    return len(frequent) > STEM_BRANCHES


def _cut_complement(phrase: str, lang: str, rules: dict) -> str:
    """A known opener followed by a preposition opens its complement ("决定在大会…",
    "又核准在…"): the phrase ends before the preposition (lexicon_mining.json)."""
    prepositions = rules.get("prepositions", {}).get(lang, [])
    if not prepositions:
        return phrase
    known = {k for p in ("preamble", "operative") for k in rules.get("known", {}).get((lang, p), ())}
    adverbs = [normalize(a) for a in rules["adverbs"].get(lang, []) if a.strip()]
    for index in range(2, len(phrase)):
        if phrase[index] not in prepositions:
            continue
        head = normalize(phrase[:index])
        bare = next((head[len(a):] for a in adverbs if head.startswith(a) and len(head) > len(a)), head)
        if head in known or bare in known:
            return phrase[:index]
    return phrase


def _only_modifiers(phrase: str, lang: str, modifier: re.Pattern[str] | None) -> bool:
    """Whether every word of the phrase is one an opener may carry before its head word
    (resources/lexicons/opener_shapes.json: "Profondément", "с беспокойством", "在这方面"):
    such a phrase is where the wordings after a shared modifier diverge, not an opener."""
    if modifier is None:
        return False
    if lang == "zh":
        return modifier.fullmatch(phrase) is not None
    return all(modifier.fullmatch(word.lower()) for word in phrase.split(" "))


def _redundant(key: str, lang: str, known: list[str], mined: list[str], adverbs: list[str]) -> bool:
    """A pooled phrase adds nothing when a known phrase starts it ("请委员会" after "请":
    the lexicon's longest match already takes it) or when it opens with a sequencing
    adverb ("又核", "再次表示": the lexicon tries the rest after the adverb)."""
    joiner = "" if lang == "zh" else " "
    for shorter in (*known, *mined):
        if shorter and key != shorter and key.startswith(shorter + joiner):
            return True
    return any(key.startswith(normalize(adverb) + joiner) for adverb in adverbs if adverb.strip())


def _stops_short(phrase: str, other_part: tuple[str, ...]) -> bool:
    """Whether the phrase is the start of a longer phrase of the other part: "с
    удовлетворением" as an operative opener would also start the preambular "с
    удовлетворением отмечая" (its continuations are mined instead)."""
    key = normalize(phrase) + " "
    return any(longer.startswith(key) for longer in other_part)


def _cut(phrase: str, lang: str, object_starts: list[str]) -> str:
    """The phrase up to its object: cut before an article, possessive or "that" word,
    or before a capitalized word after the first (a name: "le Secrétaire général")."""
    if lang == "zh":
        cuts = [phrase.find(w, 1) for w in object_starts if phrase.find(w, 1) > 0]
        return phrase[: min(cuts)] if cuts else phrase
    starts = {normalize(w) for w in object_starts}
    words = phrase.split(" ")
    for index in range(1, len(words)):
        word = normalize(words[index])
        two = " ".join(normalize(w) for w in words[index:index + 2])
        elided = word.split("'")[0] + "'" if "'" in word else None
        if word in starts or two in starts or elided in starts or words[index][:1].isupper():
            return " ".join(words[:index])
    return phrase


def _mark_agreement(entries: list[dict]) -> None:
    """Organ agreement from evidence: two wordings of one English opener that differ in one
    word, one seen only in General Assembly texts and the other only in Council texts,
    are the feminine and masculine forms ("Profondément préoccupée" / "préoccupé")."""
    for first in entries:
        for second in entries:
            if first is second or set(first["organs"]) != {"GA"} or "GA" in second["organs"]:
                continue
            if not set(first["en"]) & set(second["en"]):
                continue
            a, b = first["phrase"].split(), second["phrase"].split()
            if len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1:
                first["gender"], second["gender"] = "f", "m"


def mine_corpus(
    archive: Path, truth: Path, english: Lexicon, formulas: dict[str, list[str]], rules: dict,
    organs: tuple[str, ...] | None = None,
) -> dict:
    """Unpack the corpus to a temporary folder and mine it (only ``organs``' texts when given)."""
    rows = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row for row in rows if organs is None or row["organ"] in organs]
    with tempfile.TemporaryDirectory(prefix="drafter-train-") as folder:
        with tarfile.open(archive) as handle:
            handle.extractall(folder, filter="data")
        return mine(aligned_pairs(Path(folder), rows, english, formulas), english, rules)
