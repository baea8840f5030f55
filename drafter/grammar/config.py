"""Where grammar checking may send text: the user's decision, never the network by default.

Draft resolutions are confidential, so the source is explicit: ``none`` (the default:
offline spelling only), ``local`` (a LanguageTool installed on this computer, started
on the loopback interface), ``server`` (a URL the user sets, e.g. an office server) or
``public`` (languagetool.org, only when the user turns it on; every check then says
that the text left the computer).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.settings import user_config_dir

SOURCES = ("none", "local", "server", "public")
PUBLIC_API_URL = "https://languagetool.org/api/"


@dataclass
class GrammarConfig:
    source: str = "none"
    url: str = ""  # for source "server"
    local_folder: str = ""  # for source "local": a LanguageTool folder; "" = language_tool_python's cache
    timeout_seconds: float = 10.0  # longest wait for one answer from a server
    connect_timeout_seconds: float = 3.0
    local_start_seconds: float = 60.0  # longest wait for a local LanguageTool to start
    retry_after_seconds: float = 30.0  # after a dead server, wait this long before trying again
    progress_seconds: float = 1.0  # editor: partial results at most this often during a slow run
    spelling_fallback: bool = True  # Hunspell spelling when LanguageTool is off or fails
    user_words_path: Path | None = None  # None = the user's config folder (see user_words_file)
    ignored_rules: set[str] = field(default_factory=set)  # "lt:RULE" ids the user ignores

    def __post_init__(self) -> None:
        self.url = server_root(self.url)

    @property
    def engine_key(self) -> tuple[str, str]:
        """What identifies one LanguageTool connection (and its cached answers)."""
        if self.source == "server":
            return ("server", self.url.strip())
        if self.source == "local":
            return ("local", self.local_folder.strip())
        return (self.source, "")

    @classmethod
    def from_settings(cls, settings: Any, **overrides: Any) -> GrammarConfig:
        """Build from :class:`drafter.settings.Settings` (duck-typed: no Qt import here)."""
        disabled = [r for r in getattr(settings, "disabled_rules", []) if r.startswith("lt:")]
        values: dict[str, Any] = {
            "source": getattr(settings, "languagetool_source", "none") or "none",
            "url": getattr(settings, "languagetool_url", "") or "",
            "local_folder": getattr(settings, "languagetool_folder", "") or "",
            "ignored_rules": set(disabled),
        }
        values.update(overrides)
        return cls(**values)


def user_words_file(config: GrammarConfig | None = None) -> Path:
    """The user's own word list: a plain text file, one word or name per line."""
    if config is not None and config.user_words_path is not None:
        return Path(config.user_words_path)
    return user_config_dir() / "dictionary.txt"


def server_root(url: str) -> str:
    """A LanguageTool address as the client wants it: without the ``/v2`` API path.

    People copy the address with its API path ("https://lt.example.org/v2/", as servers
    document it); the client adds ``/v2/`` itself, so both forms must reach the same server.
    """
    root = url.strip().rstrip("/")
    if root.lower().endswith("/v2"):
        root = root[: -len("/v2")]
    return root
