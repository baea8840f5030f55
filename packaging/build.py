"""Build the Drafter desktop app with PyInstaller: one folder, then a .tar.gz of it on Linux.

    .venv/bin/python packaging/build.py [--dist FOLDER] [--no-archive]

Steps: compile the interface translations to .qm (lrelease from the PySide6 wheel) and draw
the application icon from ``resources/icons/drafter.svg`` into a staging folder; run
PyInstaller on ``packaging/drafter.spec``; on Linux add the .desktop entry, the icon and
``install.sh`` to the folder and pack it as ``drafter-VERSION-linux-ARCH.tar.gz``. Prints the
folder's size. Windows and macOS builds run the same script on their own CI runners
(.github/workflows/desktop.yml): PyInstaller cannot build for another system.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from drafter import __version__  # noqa: E402
from drafter.gui.i18n import compile_translation, translations_dir  # noqa: E402

ICON_SIZE = 256


def stage(staging: Path) -> None:
    """The generated inputs of the bundle: .qm translations and icon files."""
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "translations").mkdir(parents=True)
    for source in sorted(translations_dir().glob("drafter_*.ts")):
        compile_translation(source, staging / "translations" / source.with_suffix(".qm").name)
    draw_icons(REPO / "resources" / "icons" / "drafter.svg", staging)


def draw_icons(svg: Path, staging: Path) -> None:
    """drafter.png (256 px) for Linux, drafter.ico for Windows, drafter.icns for macOS (Qt's writers)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt needs one to paint)
    image = QImage(ICON_SIZE, ICON_SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    for name in ("drafter.png", "drafter.ico", "drafter.icns"):
        if not image.save(str(staging / name)):
            raise RuntimeError(f"{name}: Qt cannot write this image format here")


def run_pyinstaller(dist: Path, work: Path, staging: Path) -> Path:
    environment = {**os.environ, "DRAFTER_STAGING": str(staging)}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(REPO / "packaging" / "drafter.spec")]
    subprocess.run(command, check=True, env=environment, cwd=REPO)
    return dist / "drafter"


def finish_linux(folder: Path, staging: Path) -> None:
    shutil.copy(REPO / "packaging" / "linux" / "drafter.desktop", folder / "drafter.desktop")
    shutil.copy(REPO / "packaging" / "linux" / "install.sh", folder / "install.sh")
    shutil.copy(staging / "drafter.png", folder / "drafter.png")


def archive(folder: Path) -> Path:
    name = f"drafter-{__version__}-linux-{platform.machine()}"
    target = folder.parent / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(folder, arcname=name)
    return target


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist" / "desktop", help="output folder")
    parser.add_argument("--no-archive", action="store_true", help="leave out the .tar.gz (Linux)")
    args = parser.parse_args(argv)
    work = args.dist.parent / "desktop-build"
    staging = work / "staging"
    stage(staging)
    folder = run_pyinstaller(args.dist, work, staging)
    if sys.platform.startswith("linux"):
        finish_linux(folder, staging)
        if not args.no_archive:
            print(f"archive: {archive(folder)}")
    print(f"bundle: {folder} ({folder_size(folder) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
