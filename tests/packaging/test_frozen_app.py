"""The desktop bundle: built with packaging/build.py, then run as a drafter would run it.

The frozen executable runs outside the virtual environment: a bare environment (no
PYTHONPATH, no VIRTUAL_ENV, a PATH of system folders only), from an empty folder, with its
own settings and cache folders, so that it can only use what the bundle carries. Building
takes about a minute, so the bundle is built once for the module. Prints the bundle's size;
the start-up time is measured by bench/bench_frozen.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from support.corpus import CORPUS, REPO

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built here"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller", reason="pyinstaller is in the test extras")
    dist = tmp_path_factory.mktemp("desktop") / "dist"
    done = subprocess.run([sys.executable, str(REPO / "packaging" / "build.py"), "--dist", str(dist)],
                          capture_output=True, text=True, timeout=900, check=False, cwd=REPO)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    folder = dist / "drafter"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\ndesktop bundle: {size / 1e6:.1f} MB (goal under 200 MB)")
    return folder


@pytest.fixture
def frozen(bundle: Path, tmp_path: Path):
    """``frozen(*args)`` runs the bundle's executable outside the venv; returns the completed process."""
    home = tmp_path / "home"
    home.mkdir()
    environment = {
        "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen", "DRAFTER_SETTINGS": str(home / "settings.ini"),
        "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }

    def run(*args: str, extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([str(bundle / "drafter"), *args], capture_output=True, text=True,
                              encoding="utf-8", cwd=tmp_path, env={**environment, **(extra or {})},
                              timeout=120, check=False)

    return run


def from_source(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "drafter", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=REPO, timeout=120, check=False,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def test_the_bundle_has_its_data_icon_desktop_entry_and_archive(bundle: Path) -> None:
    inside = bundle / "_internal"
    assert (inside / "resources" / "rules" / "structure.json").is_file()
    assert (inside / "resources" / "translations" / "drafter_fr.qm").stat().st_size > 1000
    assert (inside / "templates" / "documents" / "new_document.json").is_file()
    assert (inside / "examples" / "resolution_ga_fr.txt").is_file()
    assert (bundle / "drafter.png").stat().st_size > 1000
    entry = (bundle / "drafter.desktop").read_text(encoding="utf-8")
    assert "Exec=drafter %f" in entry and "Icon=drafter" in entry
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (inside / "licences" / "LGPL-3.0.txt").read_text()
    qt_libraries = list(inside.rglob("libQt6Core.so*"))
    assert qt_libraries, "Qt must stay a shared library (LGPL)"
    [archive] = bundle.parent.glob("drafter-*-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert any(name.endswith("/drafter") for name in names) and any(n.endswith(".desktop") for n in names)


def test_version(frozen) -> None:
    from drafter import __version__

    done = frozen("--version")
    assert (done.returncode, done.stdout) == (0, f"drafter {__version__}\n")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_check_gives_the_same_json_as_from_source(frozen) -> None:
    files = [str(CORPUS / "GA_68_131_fr.txt"), str(CORPUS / "ECOSOC_2018_5_en.docx")]
    frozen_run = frozen("check", "--format", "json", *files)
    source_run = from_source("check", "--format", "json", *files)
    assert "Traceback" not in frozen_run.stderr
    assert frozen_run.returncode == source_run.returncode
    assert [json.loads(line) for line in frozen_run.stdout.splitlines()] == [
        json.loads(line) for line in source_run.stdout.splitlines()]
    parallel = frozen("check", "--format", "json", "--jobs", "2", *files)  # spawned workers, frozen
    assert parallel.stdout == frozen_run.stdout


def test_export_writes_a_valid_word_file_and_valid_akoma_ntoso(frozen, tmp_path: Path) -> None:
    import drafter

    source = REPO / "examples" / "draft_oceans_en.txt"
    out = tmp_path / "out.docx"
    done = frozen("export", str(source), "-o", str(out))
    assert done.returncode == 0, done.stderr
    exported = drafter.read(out)
    assert exported.counts() == drafter.read(source).counts()
    xml = tmp_path / "out.xml"  # Akoma Ntoso, checked against the schema the bundle carries
    done = frozen("export", str(source), "-o", str(xml), "--validate")
    assert done.returncode == 0, done.stderr
    assert drafter.read(xml).counts() == drafter.read(source).counts()


def test_screenshot_is_a_png_of_the_window(frozen, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    done = frozen("--screenshot", str(out), str(REPO / "examples" / "resolution_ga_fr.txt"))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 10_000
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 800


def test_the_french_interface_comes_from_the_bundle(frozen, tmp_path: Path) -> None:
    """The .qm compiled at build time is used: the bundle has no lrelease to compile one."""
    home = tmp_path / "home"
    (home / "settings.ini").write_text("[General]\ninterface_language=fr\n", encoding="utf-8")
    dump = tmp_path / "dump.json"
    done = frozen(extra={"DRAFTER_TEST_DUMP": str(dump)})
    assert done.returncode == 0, done.stderr
    assert json.loads(dump.read_text(encoding="utf-8"))["title"].startswith("Résolution sans titre")
    assert not (home / "cache" / "drafter" / "translations").exists()
