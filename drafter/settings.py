"""User settings: one typed object, loaded from and saved to a small key/value store.

One typed object instead of string keys scattered through the code. This module
has no Qt in it, so that the command line reads the settings the editor writes:
:class:`Settings` talks to any store with ``contains``/``value``/``setValue``/``sync``
(the :class:`SettingsStore` protocol). Two stores fit it:

- :class:`IniStore` (here, configparser-based) reads and writes the INI file
  QSettings keeps, with QSettings' own quoting and list syntax, so that a file
  written by one is read back unchanged by the other;
- a ``QSettings`` (see :mod:`drafter.gui.settings_store`), which the editor uses.

Where the file is: ``DRAFTER_SETTINGS=path.ini`` (tests, scripts), else
:func:`settings_path`. Tests and scripts pass their own store so that nothing
touches the user's real settings.
"""

from __future__ import annotations

import configparser
import os
import re
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Protocol

from drafter.core.typography import TypographyOptions
from drafter.errors import DrafterError

ORGANIZATION = "Drafter"
APPLICATION = "Drafter"
SECTION = "General"  # QSettings keeps the keys outside any group in [General]


class SettingsStore(Protocol):
    """What :class:`Settings` needs from a store (a QSettings has exactly these methods)."""

    def contains(self, key: str) -> bool: ...

    def value(self, key: str) -> object: ...

    def setValue(self, key: str, value: object) -> None: ...  # QSettings' name

    def sync(self) -> None: ...


class SettingsFileError(DrafterError):
    """The settings file exists but cannot be read (one line, naming the file)."""


def user_config_dir() -> Path:
    """The user's configuration folder for Drafter (where Qt's AppConfigLocation is)."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / ORGANIZATION


def settings_path() -> Path:
    """The settings file: ``DRAFTER_SETTINGS``, else the user's own.

    On Linux (and other Unix systems) this is the file QSettings' native format
    uses, ``$XDG_CONFIG_HOME/Drafter/Drafter.conf``, which is INI there. Windows
    and macOS natively keep QSettings in the registry and in property lists, which
    only Qt reads; there the editor keeps an INI file, ``Drafter.ini`` in the
    configuration folder, instead (see :mod:`drafter.gui.settings_store`), so
    that the command line reads the same settings everywhere without Qt.
    """
    override = os.environ.get("DRAFTER_SETTINGS")
    if override:
        return Path(override)
    native_ini = not sys.platform.startswith(("win", "darwin"))
    return user_config_dir() / (f"{APPLICATION}.conf" if native_ini else f"{APPLICATION}.ini")


def default_store() -> IniStore:
    """The user's settings file, read without Qt (the command line)."""
    return IniStore(settings_path())


@dataclass
class Settings:
    interface_language: str = "en"  # "en" or "fr" (Qt translation files)
    document_language: str = "en"  # default language of new documents
    document_organ: str = "GA"  # default organ of new documents
    # LanguageTool source: "none" (default: nothing leaves the machine), "local",
    # "server" (languagetool_url) or "public" (explicit opt-in, text leaves the machine).
    languagetool_source: str = "none"
    languagetool_url: str = ""
    languagetool_folder: str = ""
    disabled_rules: list[str] = field(default_factory=list)  # off everywhere
    autosave_seconds: int = 30
    page_size: str = "letter"  # "letter" or "a4"
    # UN typography as the drafter types and at export (drafter.core.typography)
    typography_quotes: bool = True
    typography_french_spaces: bool = True
    typography_dashes: bool = True
    recent_files: list[str] = field(default_factory=list)

    MAX_RECENT = 10

    @classmethod
    def load(cls, store: SettingsStore | None = None) -> Settings:
        """The stored settings (default store: :class:`SettingsFileError` if the file is damaged)."""
        store = store if store is not None else default_store()
        values = cls()
        for item in fields(cls):
            if not store.contains(item.name):
                continue
            raw = store.value(item.name)
            default = getattr(values, item.name)
            setattr(values, item.name, _coerce(raw, default))
        values.autosave_seconds = max(5, values.autosave_seconds)
        if values.page_size not in ("letter", "a4"):
            values.page_size = "letter"
        return values

    def save(self, store: SettingsStore | None = None) -> None:
        store = store if store is not None else default_store()
        for item in fields(self):
            value = getattr(self, item.name)
            store.setValue(item.name, list(value) if isinstance(value, list) else value)
        store.sync()

    def typography(self) -> TypographyOptions:
        """The typography switches, as the editor and the export take them."""
        return TypographyOptions(quotes=self.typography_quotes, french_spaces=self.typography_french_spaces,
                                 dashes=self.typography_dashes)

    def remember_file(self, path: str) -> None:
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[self.MAX_RECENT :]


def _coerce(raw: object, default: object) -> object:
    """Stores return strings from INI files and may return None for empty lists."""
    if isinstance(default, list):
        if raw is None or raw == "":
            return []
        return [str(v) for v in raw] if isinstance(raw, (list, tuple)) else [str(raw)]
    if isinstance(default, bool):
        return raw in (True, "true", "1", 1)
    if isinstance(default, int):
        try:
            return int(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default
    return "" if raw is None else str(raw)


# --- the INI file, as QSettings writes it ------------------------------------------------


class IniStore:
    """The [General] keys of a QSettings INI file, read and written without Qt.

    Values keep QSettings' syntax (``iniEscapedString`` and ``iniUnescapedStringList``
    in Qt's ``qsettings.cpp``): a value holding ``,`` ``;`` ``=`` or outer spaces is
    quoted, ``"`` and ``\\`` are escaped with a backslash, control characters are
    ``\\n``-style or ``\\x`` escapes, a list is its items joined by ``, ``, an empty
    list is ``@Invalid()`` and a leading ``@`` is doubled. The file is read when the
    store is made; other sections are kept as they are when it is written back.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._parser = configparser.ConfigParser(interpolation=None, delimiters=("=",), strict=False,
                                                 comment_prefixes=(";", "#"), default_section="\0")
        self._parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
        self._read()

    def _read(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
            raise SettingsFileError(f"{self.path}: the settings cannot be read ({reason})") from error
        try:  # keys before any [section] belong to [General], as they do for QSettings
            self._parser.read_string(f"[{SECTION}]\n{text}", source=str(self.path))
        except configparser.ParsingError as error:
            line = error.errors[0][0] - 1 if error.errors else 0  # minus the line added above
            raise SettingsFileError(f"{self.path}: the settings file is damaged "
                                    f"(line {line} is not key=value)") from error
        except configparser.Error as error:
            raise SettingsFileError(f"{self.path}: the settings file is damaged "
                                    f"({type(error).__name__})") from error

    def contains(self, key: str) -> bool:
        return self._parser.has_option(SECTION, key)

    def value(self, key: str) -> object:
        """The value as QSettings gives it from an INI file: str, list[str], or None (empty list)."""
        if not self.contains(key):
            return None
        return parse_ini_value(self._parser.get(SECTION, key))

    def setValue(self, key: str, value: object) -> None:
        self._parser.set(SECTION, key, format_ini_value(value))

    def sync(self) -> None:
        """Write the file (through a temporary file, so that a crash never leaves half of it)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("w", encoding="utf-8", newline="\n") as handle:
            for section in self._parser.sections():
                handle.write(f"[{section}]\n")
                for key, text in self._parser.items(section, raw=True):
                    handle.write(f"{key}={text}\n")
                handle.write("\n")
        os.replace(temporary, self.path)


_READ_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
                 '"': '"', "?": "?", "'": "'", "\\": "\\"}
_WRITE_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
                  "\v": "\\v", '"': '\\"', "\\": "\\\\", "\0": "\\0"}
_HEX = re.compile(r"[0-9A-Fa-f]+")
_OCTAL = re.compile(r"[0-7]+")
HEX_DIGITS = "0123456789abcdefABCDEF"


def parse_ini_value(text: str) -> str | list[str] | None:
    """One stored value: a string, a list of strings (commas outside quotes), or None (``@Invalid()``)."""
    items = _split_items(text)
    if len(items) == 1:
        return _special(items[0])
    return [_special(item) or "" for item in items]


def _split_items(text: str) -> list[str]:
    """QSettings' reading of a value: escapes, quotes, and the commas between list items."""
    items: list[str] = []
    current: list[str] = []
    quoted = in_quotes = False
    keep = 0  # spaces up to here came from escapes: only later ones are trimmed
    i = _skip_spaces(text, 0)
    while i < len(text):
        char = text[i]
        if char == "\\":
            i = _unescape(text, i + 1, current)
            keep = len(current)
        elif char == '"':
            quoted, in_quotes = True, not in_quotes
            i = i + 1 if in_quotes else _skip_spaces(text, i + 1)
        elif char == "," and not in_quotes:
            items.append(_item(current, quoted, keep))
            current, quoted, keep = [], False, 0
            i = _skip_spaces(text, i + 1)
        else:
            current.append(char)
            i += 1
    items.append(_item(current, quoted, keep))
    return items


def _skip_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _unescape(text: str, i: int, out: list[str]) -> int:
    """Append the character escaped at ``text[i:]`` (after the backslash); returns the next index."""
    if i >= len(text):
        return i
    code = text[i]
    if code in _READ_ESCAPES:
        out.append(_READ_ESCAPES[code])
        return i + 1
    digits = _HEX.match(text, i + 1) if code == "x" else _OCTAL.match(text, i)
    if digits is None:  # an unknown escape: the character is dropped, as QSettings does
        return i + 1
    out.append(chr(int(digits.group(), 16 if code == "x" else 8)))
    return digits.end()


def _item(chars: list[str], quoted: bool, keep: int) -> str:
    if quoted:
        return "".join(chars)
    end = len(chars)
    while end > keep and chars[end - 1] in " \t":
        end -= 1
    return "".join(chars[:end])


def _special(item: str) -> str | None:
    """QSettings' ``@`` forms: ``@@`` is a literal ``@``; ``@Invalid()`` is no value."""
    if item.startswith("@@"):
        return item[1:]
    if item == "@Invalid()":
        return None
    return item


def format_ini_value(value: object) -> str:
    """A value as QSettings writes it to an INI file (bool, int, str, list of str)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        if not value:
            return "@Invalid()"
        return ", ".join(_escaped(str(item)) for item in value)
    return _escaped("" if value is None else str(value))


def _escaped(text: str) -> str:
    """One string, escaped and quoted; after a numeric escape a hex digit is escaped too."""
    if text.startswith("@"):
        text = "@" + text
    out: list[str] = []
    after_number = False
    for char in text:
        if after_number and char in HEX_DIGITS:
            out.append(f"\\x{ord(char):x}")
            continue
        after_number = char == "\0" or (ord(char) <= 0x1F and char not in _WRITE_ESCAPES)
        if char in _WRITE_ESCAPES:
            out.append(_WRITE_ESCAPES[char])
        elif after_number:
            out.append(f"\\x{ord(char):x}")
        else:
            out.append(char)
    escaped = "".join(out)
    if any(c in text for c in ";,=") or escaped.startswith(" ") or escaped.endswith(" "):
        return f'"{escaped}"'
    return escaped
