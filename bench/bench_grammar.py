"""Grammar checker figures: offline spelling over the corpus, and LanguageTool round trips.

Run: ``.venv/bin/python bench/bench_grammar.py [--repeat 5]``. Prints medians and, in
the same run, a baseline for each figure:

* spelling: flags per 1,000 words on the official (correct) corpus texts with the UN
  word list, against the same Hunspell dictionary without it (every flag on an
  official text is a false alarm or a proper name);
* LanguageTool: a resolution checked paragraph by paragraph through the loopback fake
  server, cold (one request per paragraph) and warm (cache), against one direct
  ``language_tool_python`` call per paragraph.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from drafter.api import read  # noqa: E402
from drafter.grammar import GrammarChecker, GrammarConfig, items_from_resolution  # noqa: E402
from drafter.grammar.spelling import HunspellEngine, choose_dictionary  # noqa: E402
from drafter.grammar.wordlist import WordList, word_list_for  # noqa: E402
from support.languagetool_server import CannedRule, FakeBehaviour, FakeLanguageTool  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def spelling_figures() -> None:
    print("offline spelling over the corpus (official texts: every flag is a false alarm)")
    header = ("lang", "files", "words", "flags/1k (UN list)", "flags/1k (no list)", "s")
    print("{:5} {:>5} {:>8} {:>19} {:>19} {:>6}".format(*header))
    for language in ("en", "fr", "es"):
        choice = choose_dictionary(language)
        if choice is None:
            print(f"{language:5} no Hunspell dictionary installed")
            continue
        engine = HunspellEngine(choice)
        with_list, without = word_list_for(language, None), WordList()
        files = sorted(CORPUS.glob(f"*_{language}*.txt"))
        words = flags = raw_flags = 0
        started = time.perf_counter()
        for path in files:
            try:
                resolution = read(path)
            except Exception as error:  # a reader gap must not hide the other figures
                print(f"  skipped {path.name}: {error}")
                continue
            for item in items_from_resolution(resolution):
                words += len(item.text.split())
                flags += len(engine.check_text(item.text, with_list, "en"))
                raw_flags += len(engine.check_text(item.text, without, "en"))
        elapsed = time.perf_counter() - started
        print(
            f"{language:5} {len(files):>5} {words:>8} {1000 * flags / max(words, 1):>19.2f}"
            f" {1000 * raw_flags / max(words, 1):>19.2f} {elapsed:>6.2f}  ({choice.tag})"
        )


def languagetool_figures(repeat: int) -> None:
    import language_tool_python

    path = CORPUS / "GA_70_1_en.txt"
    resolution = read(path)
    items = items_from_resolution(resolution)
    rule = CannedRule("the the", "ENGLISH_WORD_REPEAT_RULE", "Repeated word.", ["the"])
    cold, warm, direct = [], [], []
    with FakeLanguageTool(FakeBehaviour(rules=[rule])) as server:
        config = GrammarConfig(source="server", url=server.url, spelling_fallback=False)
        for _ in range(repeat):
            checker = GrammarChecker()
            started = time.perf_counter()
            checker.check(items, "en", config)
            cold.append(time.perf_counter() - started)
            started = time.perf_counter()
            checker.check(items, "en", config)
            warm.append(time.perf_counter() - started)
            checker.close()
            tool = language_tool_python.LanguageTool("en-GB", remote_server=server.url)
            started = time.perf_counter()
            for item in items:
                tool.check(item.text)
            direct.append(time.perf_counter() - started)
    print(f"\nLanguageTool round trips, {path.name}: {len(items)} paragraphs, median of {repeat}")
    baseline = statistics.median(direct)
    print(f"  baseline: direct language_tool_python, one call per paragraph  {baseline:.3f} s")
    print(f"  drafter.grammar cold (one request per paragraph)             {statistics.median(cold):.3f} s")
    print(f"  drafter.grammar warm (cache, no request)                      {statistics.median(warm):.4f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    spelling_figures()
    languagetool_figures(options.repeat)


if __name__ == "__main__":
    main()
