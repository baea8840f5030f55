"""``drafter --screenshot`` and opening files: a PNG of the real window, one-line errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from drafter.gui import launch


def test_screenshot_of_a_french_corpus_file(tmp_path: Path, corpus: Path, qapp) -> None:
    out = tmp_path / "shot.png"
    assert launch.run(["--screenshot", str(out), str(corpus / "GA_68_131_fr.txt")]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == launch.SCREENSHOT_SIZE
    # the page is white and the area around it grey: both colours are in the picture
    colours = {image.pixelColor(x, 400).name() for x in range(0, image.width(), 4)}
    assert "#ffffff" in colours and "#8c8f94" in colours


def test_screenshot_of_an_unreadable_file_is_one_line(tmp_path: Path, qapp, capsys) -> None:
    bad = tmp_path / "damaged.docx"
    bad.write_bytes(b"this is not a zip file")
    assert launch.run(["--screenshot", str(tmp_path / "x.png"), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("drafter: ") and "damaged.docx" in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_unreadable_file_in_the_gui_gives_a_dialog_and_a_new_document(tmp_path, qapp, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # no recovery files of the user's
    monkeypatch.setenv("DRAFTER_SETTINGS", str(tmp_path / "settings.ini"))

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((parent, text)))
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    missing = tmp_path / "missing.txt"
    assert launch.run([str(missing)]) == 0
    window, text = shown[0]
    assert "missing.txt" in text and "no such file" in text
    assert window.resolution().meta.language == "en"
    assert window.resolution().formula == "The General Assembly,"
    window.close()


def test_without_a_display_the_editor_says_so(monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(launch.sys, "platform", "linux")
    assert launch.run([]) == 2
    assert capsys.readouterr().err == (
        "drafter: no display found (set DISPLAY, or render with --screenshot OUT.png)\n")


def _menus_at_screenshot(monkeypatch, argv: list[str]) -> list[str]:
    """The menu bar's titles at the moment ``--screenshot`` grabs the window."""
    from PySide6.QtWidgets import QMainWindow

    seen: list[str] = []
    real = QMainWindow.grab

    def spy(window, *args):
        seen.extend(action.text() for action in window.menuBar().actions())
        return real(window, *args)

    monkeypatch.setattr(QMainWindow, "grab", spy)
    assert launch.run(argv) == 0
    return seen


def test_screenshot_shows_the_menus_of_a_normal_start(tmp_path: Path, corpus: Path, qapp, monkeypatch):
    out = tmp_path / "shot.png"
    menus = _menus_at_screenshot(monkeypatch, ["--screenshot", str(out), str(corpus / "GA_68_131_fr.txt")])
    assert menus[0] == "&File" and "Co&mpare" in menus and menus[-1] == "&Help"


def test_screenshot_follows_the_french_interface_setting(tmp_path: Path, corpus: Path, qapp, monkeypatch):
    from drafter.gui import i18n

    (tmp_path / "settings.ini").write_text("[General]\ninterface_language=fr\n", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    try:
        menus = _menus_at_screenshot(monkeypatch, ["--screenshot", str(tmp_path / "fr.png"),
                                                   str(corpus / "GA_68_131_fr.txt")])
    finally:
        i18n.install_translators("en")
    assert menus[:2] == ["&Fichier", "É&dition"] and "Co&mparer" in menus
