"""After a crash: the parallel version's unsaved edits offered back beside their document.

The autosave of the other language version names the document it stood beside
(:class:`~drafter.storage.recovery.Partner`: its path, and the key of its own autosave for an
untitled one). At start-up, once the documents have been offered, each such autosave is
offered with what recovering it will do, said in the recovery dialog:

- its document is on the page (just recovered, or open): the version goes back beside it;
- its document is not open but its file is there, and nothing else was recovered: recovering
  opens that file with the version beside it;
- otherwise (the document was never saved, its file is gone, or the window already shows other
  recovered work) the dialog says the document is not open, and recovering shows the version as
  a document of its own, as before, so that nothing is lost. When other work was recovered, the
  version waits in the folder for the next start rather than replacing that work.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from drafter.storage.recovery import Partner, RecoveredDocument

if TYPE_CHECKING:
    from drafter.gui.file_controller import DocumentFileController


def tr(text: str) -> str:
    return QCoreApplication.translate("ParallelDock", text)


def offer_parallel_versions(files: DocumentFileController, versions: list[RecoveredDocument],
                            recovered: RecoveredDocument | None) -> bool:
    """Offer each parallel version (see the module docstring); True once one is recovered."""
    for item in versions:
        partner = item.partner
        assert partner is not None, "only parallel versions are offered here"
        main = Path(partner.path).name if partner.path else tr("Untitled resolution")
        here = _is_open(files, partner, recovered)
        openable = not here and recovered is None and bool(partner.path) and Path(partner.path).is_file()
        if not here and not openable and recovered is not None:
            continue  # the window shows other recovered work: this one waits for the next start
        if here:
            note = tr("It is the parallel version of “{main}”: it goes back beside it.")
        elif openable:
            note = tr("It is the parallel version of “{main}”, which is not open: recovering opens "
                      "“{main}” with this version beside it.")
        else:
            note = tr("It is the parallel version of “{main}”, which is not open and cannot be "
                      "opened: recovering shows this version as a document of its own.")
        if not files.ask_about(item, note.format(main=main)):
            continue
        if here or (openable and files.open_path(partner.path, ask=False)):
            _beside(files.window, item)
        else:
            files.recover_document(item)
        return True
    return False


def _is_open(files: DocumentFileController, partner: Partner, recovered: RecoveredDocument | None) -> bool:
    """Whether the page shows the partner: recovered from its autosave, or open from its file."""
    if recovered is not None and recovered.path.stem == partner.key:
        return True
    return bool(partner.path) and files.path is not None and Path(partner.path).absolute() == files.path


def _beside(window: Any, item: RecoveredDocument) -> None:
    """The version beside the page, unsaved, kept again (now naming this window's document)
    before the old autosave goes."""
    controller = window.parallel
    controller.show_version(item.resolution, Path(item.original))
    controller.page.document().setModified(True)
    failed = controller.file.keep(item.resolution, controller.partner())
    if failed:
        window.statusBar().showMessage(failed, 8000)
    elif controller.file.key != item.path.stem:
        item.path.unlink(missing_ok=True)
