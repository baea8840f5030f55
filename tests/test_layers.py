"""Imports in drafter/ point only down the layers, and Qt stays in drafter/gui/.

Every module is parsed with ``ast`` (nothing is imported, so a module that would
import Qt or fail at import time is still read) and every import is collected: at
module level, inside functions and under ``if TYPE_CHECKING``, since each of them is a
dependency. An import is wrong when its target sits on a higher layer than the
importing module; imports within one layer are free. The order, lowest first, is the
one docs/architecture.md draws.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.corpus import REPO

PACKAGE = REPO / "drafter"

# Lowest first; the modules on one line share a layer. A module belongs to the layer of the
# longest prefix that names it; "drafter" names only the package's __init__ (the public API),
# so that a new subpackage has no layer until it is given one here.
LAYERS: list[tuple[str, ...]] = [
    ("drafter.errors", "drafter.resources", "drafter.settings", "drafter.core"),
    ("drafter.storage",),
    ("drafter.parsing",),
    ("drafter.formats",),
    ("drafter.comparison",),
    ("drafter.redline",),
    ("drafter.grammar",),
    ("drafter.citations",),
    ("drafter.checks",),
    ("drafter.parallel",),
    ("drafter.api", "drafter"),
    ("drafter.commands", "drafter.cli", "drafter.__main__"),
    ("drafter.gui",),
]
# Upward imports that exist today, each to be removed by the module's owner; no other may appear.
KNOWN_UPWARD: set[tuple[str, str]] = set()  # none left; an entry here would name its reason
ROOT_PACKAGE = "drafter"
QT_PACKAGES = ("PySide6", "shiboken6")
QT_HOME = "drafter.gui"


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. "drafter.core.model"
    target: str  # the imported module, e.g. "drafter.gui.editor"
    line: int

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.target}"


def owner(module: str) -> str | None:
    """The longest prefix in LAYERS that names ``module``, or None for a module outside drafter."""
    prefixes = [
        p for layer in LAYERS for p in layer
        if module == p or (p != ROOT_PACKAGE and module.startswith(p + "."))
    ]
    return max(prefixes, key=len, default=None)


def layer_of(module: str) -> int | None:
    """The index in LAYERS (0 = lowest) of the layer that ``module`` belongs to."""
    prefix = owner(module)
    return None if prefix is None else next(i for i, layer in enumerate(LAYERS) if prefix in layer)


def module_name(path: Path, package_root: Path) -> str:
    parts = list(path.relative_to(package_root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_package(module: str, package_root: Path) -> bool:
    relative = Path(*module.split(".")[1:]) if "." in module else Path()
    return (package_root / relative / "__init__.py").is_file()


def _resolve(node: ast.ImportFrom, module: str, package_root: Path) -> str:
    """The absolute name of ``from X import …``, relative forms included."""
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not _is_package(module, package_root):
        base = base[:-1]  # a plain module's relative imports start from its package
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _exists(module: str, package_root: Path) -> bool:
    relative = Path(*module.split(".")[1:])
    return (package_root / relative).with_suffix(".py").is_file() or _is_package(module, package_root)


def imports_of(source: str, module: str, package_root: Path = PACKAGE) -> list[Import]:
    """Every import in ``source`` (the text of ``module``), wherever in the file it stands.

    ``from drafter import gui`` names the submodule ``drafter.gui``; ``from drafter import
    read`` names the package's ``__init__`` (``drafter``).
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [Import(module, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node, module, package_root)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                is_submodule = base.split(".")[0] == "drafter" and _exists(submodule, package_root)
                found.append(Import(module, submodule if is_submodule else base, node.lineno))
    return found


def upward_imports(imports: list[Import]) -> list[Import]:
    """The imports whose target sits on a higher layer than the importing module."""
    return [
        item for item in imports
        if None not in (layer_of(item.module), layer_of(item.target))
        and layer_of(item.target) > layer_of(item.module)
    ]


def qt_outside_gui(imports: list[Import]) -> list[Import]:
    """The imports of Qt (PySide6, shiboken6) by modules outside drafter/gui/."""
    return [
        item for item in imports
        if item.target.split(".")[0] in QT_PACKAGES
        and not (item.module == QT_HOME or item.module.startswith(QT_HOME + "."))
    ]


def package_imports(package_root: Path = PACKAGE) -> list[Import]:
    found = []
    for path in sorted(package_root.rglob("*.py")):
        module = module_name(path, package_root)
        found += imports_of(path.read_text(encoding="utf-8"), module, package_root)
    return found


def test_every_module_of_the_package_has_a_layer() -> None:
    modules = [module_name(path, PACKAGE) for path in sorted(PACKAGE.rglob("*.py"))]
    assert len(modules) > 50
    assert [m for m in modules if layer_of(m) is None] == []


def test_a_new_subpackage_has_no_layer_until_it_is_given_one() -> None:
    assert layer_of("drafter.unplaced.module") is None
    assert layer_of("drafter") == layer_of("drafter.api")
    assert layer_of("drafter.formats.docx.ooxml.xml") == layer_of("drafter.formats")


def _worded(imports: list[Import]) -> list[str]:
    """One line per import: where it stands, and which layer it reaches up to."""
    return [f"{item}: {owner(item.target)} is above {owner(item.module)}" for item in imports]


def test_imports_point_only_down_the_layers() -> None:
    upward = upward_imports(package_imports())
    print("\n".join(_worded(upward)) or "no import points up")
    new = _worded([item for item in upward if (item.module, item.target) not in KNOWN_UPWARD])
    assert new == [], "imports against the layers:\n" + "\n".join(new)


def test_no_known_upward_import_is_left() -> None:
    found = _worded(upward_imports(package_imports()))
    assert found == [], "imports against the layers:\n" + "\n".join(found)


def test_qt_is_imported_only_in_the_gui() -> None:
    found = [f"{item}: Qt outside drafter/gui/" for item in qt_outside_gui(package_imports())]
    print("\n".join(found) or "no Qt outside drafter/gui/")
    assert found == [], "Qt imported outside drafter/gui/:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("drafter.core.model", "def f():\n    from drafter.gui import editor\n", ["drafter.gui.editor"]),
        ("drafter.core.model", "import drafter.checks.pipeline\n", ["drafter.checks.pipeline"]),
        ("drafter.core.model", "from drafter import read\n", ["drafter"]),
        ("drafter.formats.docx.reader", "from ...comparison import engine\n", ["drafter.comparison.engine"]),
        ("drafter.storage.atomic", "from . import recovery\n", []),
        ("drafter.gui.editor", "from drafter.core import model\n", []),
        ("drafter.comparison.engine", "from drafter.parsing.recovery import recover_structure\n", []),
        ("drafter.checks", "from .structure import family\n", []),
    ],
    ids=["gui-in-a-function-of-core", "checks-from-core", "package-api-from-core", "relative-upward",
         "relative-same-layer", "gui-uses-core", "comparison-uses-parsing", "package-relative"],
)
def test_the_scan_finds_an_upward_import_wherever_it_stands(
    module: str, source: str, expected: list[str]
) -> None:
    assert [item.target for item in upward_imports(imports_of(source, module))] == expected


@pytest.mark.parametrize(
    ("module", "source", "wrong"),
    [
        ("drafter.settings", "from PySide6.QtCore import QSettings\n", 1),
        ("drafter.grammar.checker", "def f():\n    import shiboken6\n", 1),
        ("drafter.gui.grammar_bridge", "from PySide6.QtCore import QObject\n", 0),
    ],
    ids=["settings", "in-a-function-of-grammar", "grammar-bridge-in-gui"],
)
def test_the_scan_finds_qt_outside_the_gui(module: str, source: str, wrong: int) -> None:
    assert len(qt_outside_gui(imports_of(source, module))) == wrong
