"""The asynchronous grammar checker: one worker thread, a cache, cancellation, one notice.

Why a worker thread even for the command line: the editor and ``drafter check`` run
the same code, and a LanguageTool server may be slow or dead; checks therefore run
on a ``concurrent.futures`` pool and the caller either waits (CLI) or gets the
result later (editor). A newer request from the editor supersedes older ones through
a generation counter checked before every paragraph, so typing never queues up
stale work. Answers are cached by (engine, language, paragraph text): a second run
over unchanged paragraphs sends nothing. When LanguageTool fails (refused, timeout,
HTTP error, malformed JSON), the run stops asking it, falls back to offline
spelling, and says so in one notice.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Paragraph, Resolution
from drafter.errors import DrafterError
from drafter.grammar.config import SOURCES, GrammarConfig, user_words_file
from drafter.grammar.data import languagetool_code, message
from drafter.grammar.languagetool import EngineFailure, LanguageToolEngine
from drafter.grammar.matches import CheckItem, Finding, diagnostics_for
from drafter.grammar.spelling import HunspellEngine, choose_dictionary, fallback_note
from drafter.grammar.wordlist import WordList, word_list_for

if TYPE_CHECKING:
    from drafter.grammar.local_server import LocalServer


@dataclass
class GrammarReport:
    """What one grammar run found, and one plain notice of what was and was not checked."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    scope: str = "none"  # "grammar+spelling" | "spelling" | "none"
    cancelled: bool = False
    generation: int = 0
    partial: bool = False  # a progress report: more paragraphs are still being checked


class FindingCache:
    """Thread-safe, bounded cache of engine findings by (engine, language, UI language, text)."""

    def __init__(self, limit: int = 20000) -> None:
        self._data: OrderedDict[tuple[str, str, str, str], list[Finding]] = OrderedDict()
        self._lock = threading.Lock()
        self._limit = limit

    def get(self, key: tuple[str, str, str, str]) -> list[Finding] | None:
        with self._lock:
            found = self._data.get(key)
            if found is not None:
                self._data.move_to_end(key)
            return found

    def put(self, key: tuple[str, str, str, str], findings: list[Finding]) -> None:
        with self._lock:
            self._data[key] = findings
            self._data.move_to_end(key)
            while len(self._data) > self._limit:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


def sends_to_public_service(config: GrammarConfig) -> bool:
    """True for the public API, and for a server URL that is the public service itself."""
    if config.source == "public":
        return True
    host = urlsplit(config.url.strip()).hostname or "" if config.source == "server" else ""
    return host == "languagetool.org" or host.endswith(".languagetool.org")


def items_from_resolution(resolution: Resolution) -> list[CheckItem]:
    """The texts to check: every body paragraph and every footnote (annexes are not checked)."""
    items = [item_from_paragraph(p) for p in resolution.paragraphs]
    items += [CheckItem(address=f"FN{f.number}", text=f.text) for f in resolution.footnotes]
    return [item for item in items if item.text.strip()]


def item_from_paragraph(paragraph: Paragraph) -> CheckItem:
    return CheckItem(
        address=paragraph.address,
        text=paragraph.text,
        footnote_offsets=tuple(ref.offset for ref in paragraph.footnote_refs),
    )


LOCAL_FIRST_CHECK_SECONDS = 30.0


class _Cancelled(Exception):
    """A newer request (or close) made this one pointless."""


@dataclass
class _Run:
    """One request on the worker thread: its inputs, what was found so far, and progress."""

    items: list[CheckItem]
    language: str
    lt_language: str
    config: GrammarConfig
    ui_language: str
    generation: int
    cancelled: Callable[[], bool]
    on_progress: Callable[[GrammarReport], None] | None = None
    words: WordList = field(default_factory=WordList)
    findings: dict[int, list[Finding]] = field(default_factory=dict)
    last_progress: float = field(default_factory=time.monotonic)

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise _Cancelled

    def diagnostics(self) -> list[Diagnostic]:
        found: list[Diagnostic] = []
        for index, item in enumerate(self.items):
            found += diagnostics_for(
                self.findings.get(index, []), item, self.language, self.words,
                self.config.ignored_rules, self.ui_language,
            )
        return found

    def found(self, index: int, findings: list[Finding], *, asked: bool) -> None:
        """Record an item's findings; after a server answer, report progress when due."""
        self.findings[index] = findings
        if not asked or self.on_progress is None or len(self.findings) == len(self.items):
            return
        now = time.monotonic()
        if now - self.last_progress >= self.config.progress_seconds:
            self.last_progress = now
            self.on_progress(
                GrammarReport(diagnostics=self.diagnostics(), generation=self.generation, partial=True)
            )


class GrammarChecker:
    """Runs grammar checks on a single worker thread; safe to call from any thread."""

    def __init__(self, cache: FindingCache | None = None) -> None:
        self.cache = cache if cache is not None else FindingCache()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafter-grammar")
        self._generation = 0
        self._lock = threading.Lock()
        self._closed = False
        # Engines live on the worker thread; keyed by (engine key, LanguageTool language).
        self._engines: dict[tuple[tuple[str, str], str], LanguageToolEngine] = {}
        self._spellers: dict[str, HunspellEngine] = {}
        self._local_servers: dict[str, LocalServer] = {}
        self._dead_until: dict[tuple[str, str], tuple[float, str]] = {}

    # --- public API ---------------------------------------------------------------

    def submit(
        self, items: Sequence[CheckItem], language: str, config: GrammarConfig | None = None,
        *, ui_language: str = "en", supersede: bool = True,
        on_progress: Callable[[GrammarReport], None] | None = None,
    ) -> Future[GrammarReport]:
        """Check ``items`` in the background. With ``supersede``, earlier requests are cancelled.

        ``on_progress`` (called on the worker thread) receives partial reports while a
        server answers paragraph by paragraph, at most every ``config.progress_seconds``,
        so the editor can show the first findings of a long document early.
        """
        # A private copy: the caller may change its config (e.g. "Ignore rule") while this runs.
        config = replace(config, ignored_rules=set(config.ignored_rules)) if config else GrammarConfig()
        with self._lock:
            if self._closed:
                raise RuntimeError("the grammar checker is closed")
            if supersede:
                self._generation += 1
            generation = self._generation
        if supersede:
            def cancelled() -> bool:
                return self._closed or self._generation != generation
        else:
            def cancelled() -> bool:
                return self._closed
        run = _Run(
            items=list(items), language=language, lt_language=languagetool_code(language), config=config,
            ui_language=ui_language, generation=generation, cancelled=cancelled, on_progress=on_progress,
        )
        return self._pool.submit(self._run, run)

    def check(
        self, items: Sequence[CheckItem], language: str, config: GrammarConfig | None = None,
        *, ui_language: str = "en",
    ) -> GrammarReport:
        """The synchronous form used by ``drafter check``: same worker, caller waits."""
        return self.submit(items, language, config, ui_language=ui_language, supersede=False).result()

    def cancel(self) -> None:
        """Drop every pending request (the editor's text changed, or it closes)."""
        with self._lock:
            self._generation += 1

    @property
    def generation(self) -> int:
        return self._generation

    def forget_failures(self) -> None:
        """Try a server again at once (the user changed the settings or started it)."""
        self._dead_until.clear()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._generation += 1
        self._pool.shutdown(wait=False, cancel_futures=True)
        for server in self._local_servers.values():
            server.stop()

    # --- worker side --------------------------------------------------------------

    def _run(self, run: _Run) -> GrammarReport:
        report = GrammarReport(generation=run.generation)
        config = run.config
        failure: EngineFailure | None = None
        where = self._where(config, run.ui_language) if config.source != "none" else ""
        try:
            run.words = word_list_for(run.language, user_words_file(config))
        except DrafterError as error:  # a damaged user list must not stop the check
            run.words = word_list_for(run.language, None)
            report.notices.append(message("user_words_unreadable", run.ui_language, error=error))
        try:
            run.check_cancelled()
            if config.source != "none":
                failure = self._grammar_pass(run)
            unchecked = [i for i in range(len(run.items)) if i not in run.findings]
            speller = self._speller(run.language) if config.spelling_fallback and unchecked else None
            if speller is not None:
                self._spelling_pass(run, unchecked, speller)
        except _Cancelled:
            report.cancelled = True
            return report
        report.diagnostics = run.diagnostics()
        report.scope, notice = self._notice(
            config, where, run.lt_language, failure, speller, len(unchecked), len(run.items), run.ui_language
        )
        report.notices.insert(0, notice)
        return report

    def _grammar_pass(self, run: _Run) -> EngineFailure | None:
        """LanguageTool over every item (cache first); after a failure, only cached answers."""
        try:
            engine = self._engine(run.config, run.lt_language, run.ui_language)
        except EngineFailure as error:
            return error
        failure: EngineFailure | None = None
        for index, item in enumerate(run.items):
            run.check_cancelled()
            key = (engine.key, run.lt_language, "", item.text)
            cached = self.cache.get(key)
            if cached is None and failure is None:
                try:
                    cached = engine.check_text(item.text, run.ui_language)
                except EngineFailure as error:
                    failure = error  # stop asking: a dead server costs one timeout, not one per paragraph
                    self._forget_engine(run.config, run.lt_language, error)
                else:
                    self.cache.put(key, cached)
                    run.found(index, cached, asked=True)
                    continue
            if cached is not None:
                run.found(index, cached, asked=False)
        return failure

    def _spelling_pass(self, run: _Run, indexes: list[int], speller: HunspellEngine) -> None:
        """Offline Hunspell for the items LanguageTool did not check."""
        un_words = word_list_for(run.language, None)  # user words are applied after the cache
        for index in indexes:
            run.check_cancelled()
            text = run.items[index].text
            key = (speller.key, run.language, run.ui_language, text)
            cached = self.cache.get(key)
            if cached is None:
                cached = speller.check_text(text, un_words, run.ui_language)
                self.cache.put(key, cached)
            run.found(index, cached, asked=False)

    def _notice(
        self, config: GrammarConfig, where: str, lt_language: str, failure: EngineFailure | None,
        speller: HunspellEngine | None, unchecked: int, total: int, ui_language: str,
    ) -> tuple[str, str]:
        if config.source != "none" and failure is None:
            key = "scope_public" if sends_to_public_service(config) else "scope_lt"
            return "grammar+spelling", message(key, ui_language, where=where, language=lt_language)
        spelling = {}
        if speller is not None:
            spelling = {
                "dictionary": speller.choice.tag,
                "fallback_note": fallback_note(speller.choice, ui_language),
            }
        if failure is None:
            if speller is None:
                return "none", message("scope_none_nothing", ui_language, language=lt_language)
            return "spelling", message("scope_none_spelling", ui_language, **spelling)
        partial = (
            message("partial", ui_language, unchecked=unchecked, total=total)
            if 0 < unchecked < total else ""
        )
        if speller is None:
            return "none", message(
                "lt_failed_nothing", ui_language, where=where, reason=failure.reason,
                partial=partial, language=lt_language,
            )
        return "spelling", message(
            "lt_failed_spelling", ui_language, where=where, reason=failure.reason, partial=partial,
            **spelling,
        )

    def _where(self, config: GrammarConfig, ui_language: str) -> str:
        if config.source == "public":
            return message("public_where", ui_language)
        if config.source == "local":
            from drafter.grammar.local_server import managed_folder

            return message("local_where", ui_language, path=config.local_folder or managed_folder())
        return config.url.strip() or "?"

    def _engine(self, config: GrammarConfig, lt_language: str, ui_language: str) -> LanguageToolEngine:
        if config.source not in SOURCES:
            raise EngineFailure(message("reason_unknown_source", ui_language, source=config.source))
        key = (config.engine_key, lt_language)
        engine = self._engines.get(key)
        if engine is not None:
            return engine
        dead = self._dead_until.get(config.engine_key)
        if dead is not None and time.monotonic() < dead[0]:
            raise EngineFailure(dead[1], retry_later=True)
        try:
            engine = self._connect(config, lt_language, ui_language)
        except EngineFailure as error:
            self._forget_engine(config, lt_language, error)
            raise
        self._engines[key] = engine
        return engine

    def _connect(self, config: GrammarConfig, lt_language: str, ui_language: str) -> LanguageToolEngine:
        if config.source == "public":
            return LanguageToolEngine(config, "public", lt_language, ui_language, public=True)
        if config.source == "server":
            url = config.url.strip()
            if not url:
                raise EngineFailure(message("reason_no_url", ui_language))
            if not url.lower().startswith(("http://", "https://")):
                raise EngineFailure(message("reason_bad_url", ui_language, url=url))
            return LanguageToolEngine(config, url, lt_language, ui_language)
        from drafter.grammar.local_server import LocalServer

        # A local LanguageTool loads its language data on the first check: allow it time.
        config = replace(config, timeout_seconds=max(config.timeout_seconds, LOCAL_FIRST_CHECK_SECONDS))

        server = self._local_servers.get(config.local_folder)
        if server is None or not server.alive():
            server = LocalServer(config.local_folder, config.local_start_seconds, ui_language)
            self._local_servers[config.local_folder] = server
        return LanguageToolEngine(config, server.url, lt_language, ui_language)

    def _forget_engine(self, config: GrammarConfig, lt_language: str, error: EngineFailure) -> None:
        self._engines.pop((config.engine_key, lt_language), None)
        if error.retry_later:
            self._dead_until[config.engine_key] = (
                time.monotonic() + config.retry_after_seconds, error.reason
            )

    def _speller(self, language: str) -> HunspellEngine | None:
        choice = choose_dictionary(language)
        if choice is None:
            return None
        speller = self._spellers.get(choice.tag)
        if speller is None:
            try:
                speller = HunspellEngine(choice)
            except Exception:  # a dictionary that fails to load means: no spelling check
                return None
            self._spellers[choice.tag] = speller
        return speller
