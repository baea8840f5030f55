"""LanguageTool through the real ``language_tool_python`` client, bounded and never downloading.

Every path (a server URL, the public API, a local installation) talks HTTP through
``language_tool_python.LanguageTool``/``LanguageToolPublicAPI``; a local installation
is started by Drafter on the loopback interface and then used as a server, so the
client's own download-and-start path is never taken. The client's 300-second
timeout and second try are replaced by the user's timeout and a single try, so a
dead or slow server costs seconds, not minutes. Every failure becomes an
:class:`EngineFailure` with a plain reason, never an exception for the caller.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from typing import Any

from drafter.grammar.config import GrammarConfig
from drafter.grammar.data import message
from drafter.grammar.matches import Finding, index_to_utf16, utf16_to_index

_MATCH_LOCK = threading.Lock()


class EngineFailure(Exception):
    """LanguageTool could not be used; ``reason`` is already worded for the user."""

    def __init__(self, reason: str, *, retry_later: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_later = retry_later  # connection-level: do not hammer a dead server


def _bounded_class(base: type, timeout: tuple[float, float]) -> type:
    """A client subclass with Drafter's (connect, read) timeouts and a single try per request."""

    class Bounded(base):  # type: ignore[misc, valid-type]
        _drafter_timeout = timeout

        @property
        def _TIMEOUT(self) -> tuple[float, float]:  # type: ignore[override]
            return self._drafter_timeout

        def _query_server(self, url: str, params: Any = None, num_tries: int = 2, method: str = "get") -> Any:
            return super()._query_server(url, params, num_tries=1, method=method)

        def check(self, text: str) -> list[Any]:
            """The client's own check, with its Match objects built under a lock.

            ``Match`` keeps the last text and its astral-character positions in class
            attributes; two checkers in one process (the editor's and a batch run)
            must not interleave there, or offsets after an emoji would be wrong.
            """
            from language_tool_python.match import Match

            url = urllib.parse.urljoin(self.url, "check")
            response = self._query_server(url, self._create_params(text), method="post")
            with _MATCH_LOCK:
                return [Match(match, text) for match in response["matches"]]

    Bounded.__name__ = f"Bounded{base.__name__}"
    return Bounded


def _client_class(public: bool, config: GrammarConfig) -> type:
    import language_tool_python  # imported lazily: ~100 ms, only when a check runs

    base = language_tool_python.LanguageToolPublicAPI if public else language_tool_python.LanguageTool
    return _bounded_class(base, (config.connect_timeout_seconds, config.timeout_seconds))


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def classify(error: BaseException, config: GrammarConfig, ui_language: str) -> EngineFailure:
    """Turn any client error into one plain reason (refused, timeout, HTTP error, bad JSON)."""
    import requests

    chain = _chain(error)
    if any(isinstance(e, requests.Timeout) for e in chain):
        return EngineFailure(
            message("reason_timeout", ui_language, seconds=config.timeout_seconds), retry_later=True
        )
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in str(error).lower():
        return EngineFailure(message("reason_refused", ui_language), retry_later=True)
    if any(isinstance(e, (requests.ConnectionError, OSError)) for e in chain) and not any(
        isinstance(e, json.JSONDecodeError) for e in chain
    ):
        deepest = chain[-1]
        detail = (str(deepest) or type(deepest).__name__).splitlines()[0][:100]
        return EngineFailure(message("reason_unreachable", ui_language, detail=detail), retry_later=True)
    if isinstance(error, (KeyError, TypeError, ValueError)) and not any(
        isinstance(e, json.JSONDecodeError) for e in chain
    ):
        return EngineFailure(message("reason_malformed", ui_language))
    # language_tool_python raises LanguageToolError(body) for any non-JSON answer: a JSON-looking
    # body is a broken answer, anything else is the server's error page (HTTP 500 and the like).
    body = str(error).strip()
    if body.startswith(("{", "[")) or not body:
        return EngineFailure(message("reason_malformed", ui_language))
    first_line = body.splitlines()[0][:120]
    return EngineFailure(message("reason_server_error", ui_language, detail=first_line))


def _direct_if_loopback(url: str) -> dict[str, Any] | None:
    """No proxy for a server on this computer (requests would send even 127.0.0.1 to HTTP_PROXY)."""
    host = urllib.parse.urlsplit(url).hostname or ""
    if host in ("localhost", "::1") or host.startswith("127."):
        return {"http": None, "https": None}
    return None


class LanguageToolEngine:
    """One LanguageTool connection for one language; used from one worker thread at a time."""

    def __init__(self, config: GrammarConfig, base_url: str, lt_language: str, ui_language: str,
                 *, public: bool = False) -> None:
        self.config = config
        self.key = f"lt:{base_url}"
        self.lt_language = lt_language
        self.public = public
        client = _client_class(public, config)
        try:
            if public:
                self._tool = client(lt_language)
            else:
                proxies = _direct_if_loopback(base_url)
                self._tool = client(lt_language, remote_server=base_url, proxies=proxies)
        except ValueError as error:
            if "language" in str(error).lower() or "tag" in str(error).lower():
                raise EngineFailure(message("reason_language", ui_language, language=lt_language)) from error
            raise classify(error, config, ui_language) from error
        except Exception as error:
            raise classify(error, config, ui_language) from error
        # Rules that misfire on resolution style are switched off at the source too.
        from drafter.grammar.data import disabled_rules

        self._tool.disabled_rules = set(disabled_rules(lt_language.split("-")[0]))

    def check_text(self, text: str, ui_language: str) -> list[Finding]:
        try:
            matches = self._tool.check(text)
        except Exception as error:
            raise classify(error, self.config, ui_language) from error
        findings = []
        for match in matches:
            start = int(match.offset)  # the client already turned UTF-16 into Python offsets
            end = utf16_to_index(text, index_to_utf16(text, start) + int(match.error_length))
            if not 0 <= start <= end <= len(text):
                continue
            findings.append(Finding(
                rule=f"lt:{match.rule_id}",
                start=start,
                end=end,
                message=str(match.message),
                replacements=tuple(str(r) for r in match.replacements),
                category=str(getattr(match, "category", "") or ""),
                issue_type=str(getattr(match, "rule_issue_type", "") or ""),
            ))
        return findings

