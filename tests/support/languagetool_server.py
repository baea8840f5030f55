"""A small LanguageTool look-alike on 127.0.0.1 for tests (never the real network).

It speaks just enough of LanguageTool's HTTP API for ``language_tool_python`` 3.4
(``GET /v2/languages`` and ``POST /v2/check``, see tech-findings.md section 3.4) and
can be told to misbehave the ways a real server does: answer late, fail with HTTP
500, or send malformed JSON. Matches are "canned": each :class:`CannedRule` names a
phrase, and every occurrence of it in the submitted text becomes a match, with its
offset and length counted in UTF-16 code units as Java's LanguageTool does.
"""

from __future__ import annotations

import json
import sys
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LANGUAGES = [
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "French", "code": "fr", "longCode": "fr"},
    {"name": "Spanish", "code": "es", "longCode": "es"},
    {"name": "Russian", "code": "ru", "longCode": "ru-RU"},
    {"name": "Arabic", "code": "ar", "longCode": "ar"},
    {"name": "Chinese", "code": "zh", "longCode": "zh-CN"},
]


@dataclass
class CannedRule:
    """Every occurrence of ``phrase`` in a checked text is reported as this rule."""

    phrase: str
    rule_id: str
    message: str = "Possible problem."
    replacements: list[str] = field(default_factory=list)
    category: str = "GRAMMAR"
    issue_type: str = "grammar"


def misspelling(phrase: str, *replacements: str) -> CannedRule:
    """LanguageTool's British English spelling match on ``phrase``, as its server words it."""
    return CannedRule(phrase, "MORFOLOGIK_RULE_EN_GB", "Possible spelling mistake.", list(replacements),
                      "TYPOS", "misspelling")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class FakeBehaviour:
    """What the server does next; tests change it between calls."""

    delay_seconds: float = 0.0  # wait before answering /v2/check
    check_status: int = 200  # e.g. 500
    malformed_json: bool = False  # answer /v2/check with broken JSON
    rules: list[CannedRule] = field(default_factory=list)


class FakeLanguageTool:
    """Start with ``with FakeLanguageTool() as server:``; ``server.url`` is its base URL."""

    def __init__(self, behaviour: FakeBehaviour | None = None, port: int = 0) -> None:
        self.behaviour = behaviour or FakeBehaviour()
        self.requests: list[dict[str, str]] = []  # form fields of every /v2/check
        self.language_requests = 0
        self.answered_checks = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def __enter__(self) -> FakeLanguageTool:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stopping.set()  # wake delayed answers so shutdown is prompt
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def checked_texts(self) -> list[str]:
        with self._lock:
            return [r.get("text", "") for r in self.requests]

    # --- request handling -------------------------------------------------------

    def _matches(self, text: str) -> list[dict[str, Any]]:
        found = []
        for rule in self.behaviour.rules:
            start = text.find(rule.phrase)
            while start >= 0:
                offset = utf16_len(text[:start])
                length = utf16_len(rule.phrase)
                found.append({
                    "message": rule.message,
                    "shortMessage": "",
                    "replacements": [{"value": v} for v in rule.replacements],
                    "offset": offset,
                    "length": length,
                    "context": {"text": text, "offset": offset, "length": length},
                    "sentence": text,
                    "type": {"typeName": "Other"},
                    "rule": {
                        "id": rule.rule_id,
                        "description": rule.message,
                        "issueType": rule.issue_type,
                        "category": {"id": rule.category, "name": rule.category.title()},
                    },
                })
                start = text.find(rule.phrase, start + len(rule.phrase))
        return sorted(found, key=lambda m: m["offset"])

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
                pass

            def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:  # the client gave up (timeout test)
                    pass

            def do_GET(self) -> None:
                path = urllib.parse.urlparse(self.path).path
                if path.endswith("/v2/languages"):
                    with fake._lock:
                        fake.language_requests += 1
                    self._send(200, json.dumps(LANGUAGES).encode())
                elif path.endswith("/v2/healthcheck"):
                    self._send(200, b"OK", "text/plain")
                else:
                    self._send(404, b"not found", "text/plain")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
                fields = {k: v[0] for k, v in form.items()}
                with fake._lock:
                    fake.requests.append(fields)
                behaviour = fake.behaviour
                if behaviour.delay_seconds and fake._stopping.wait(behaviour.delay_seconds):
                    return
                if behaviour.check_status != 200:
                    self._send(behaviour.check_status, b"Internal Server Error", "text/plain")
                elif behaviour.malformed_json:
                    self._send(200, b'{"software": {"name": "LanguageTool"}, "matches": [')
                else:
                    body = {
                        "software": {"name": "LanguageTool", "version": "fake"},
                        "language": {"code": fields.get("language", "")},
                        "matches": fake._matches(fields.get("text", "")),
                    }
                    self._send(200, json.dumps(body).encode())
                with fake._lock:
                    fake.answered_checks += 1

        return Handler


def main(argv: list[str]) -> None:
    """Stand in for ``java -cp languagetool-server.jar … HTTPServer -p PORT`` in local-server tests.

    Serves on the port after ``-p`` and reports every "the the" as a repeated word,
    until the process is terminated.
    """
    port = int(argv[argv.index("-p") + 1])
    rule = CannedRule("the the", "ENGLISH_WORD_REPEAT_RULE", "Possible typo: you repeated a word.", ["the"])
    server = FakeLanguageTool(FakeBehaviour(rules=[rule]), port=port)
    server._server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1:])
