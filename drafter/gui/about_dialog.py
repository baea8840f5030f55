"""Help ▸ About Drafter: the version, and what the app bundles under which licence.

Qt and PySide6 are LGPL-3.0: the desktop app keeps them as shared libraries a user can
replace, and this box says so, as the licence asks. The list of components is data
(``resources/about/components.json``); the versions are read from the installed packages.
"""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from drafter.resources import load_json


def tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def component_version(distribution: str, name: str) -> str:
    if name.startswith("Qt"):
        return qVersion()
    if name == "Python":
        import platform

        return platform.python_version()
    if not distribution:
        return ""
    if distribution == "drafter":
        from drafter import __version__

        return __version__
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def about_html(ui: str = "en") -> str:
    """The box's text: what Drafter is, then one row per bundled component."""
    from drafter import __version__

    rows = []
    for component in load_json("about/components.json")["components"]:
        version = component_version(component["distribution"], component["name"])
        note = component["note"].get(ui) or component["note"]["en"]
        rows.append(f"<tr><td><b>{escape(component['name'])}</b> {escape(version)}</td>"
                    f"<td>{escape(component['licence'])}</td><td>{escape(note)}</td></tr>")
    lgpl = tr("Qt and PySide6 are used under the GNU Lesser General Public License v3 as shared "
              "libraries: you may replace them with a compatible version of your own. The licence "
              "texts are in the licences folder of the app.")
    return (
        f"<h2>Drafter {escape(__version__)}</h2>"
        f"<p>{escape(tr('A drafting assistant for United Nations resolutions.'))}</p>"
        f"<p>{escape(lgpl)}</p>"
        f"<h3>{escape(tr('Bundled components and their licences'))}</h3>"
        f"<table cellpadding='3'><tr><th align='left'>{escape(tr('Component'))}</th>"
        f"<th align='left'>{escape(tr('Licence'))}</th><th align='left'>{escape(tr('About it'))}</th></tr>"
        + "".join(rows) + "</table>"
    )


class AboutDialog(QDialog):
    def __init__(self, ui: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(tr("About Drafter"))
        self.setAccessibleName(tr("About Drafter"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("AboutText")
        self.text.setOpenLinks(False)  # no browser from here: the addresses are to read
        self.text.setHtml(about_html(ui))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(760, 520)
