"""Help ▸ Drafting rules: every rule Drafter checks, searchable, with why and an example.

The list is the rule catalogues themselves (:mod:`drafter.checks.rule_index`, the same
JSON that ``drafter rules`` and ``docs/rules.md`` are made from), so the editor explains a
rule in the words the Issues pane points to. Titles follow the interface language; the
explanations and examples are written once, in English, in the catalogues.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drafter.checks.rule_index import RuleInfo, all_rules

RULE_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("RulesBrowser", text)


def severity_name(severity: str) -> str:
    return {"error": tr("error"), "warning": tr("warning"), "info": tr("information")}.get(severity, severity)


def rule_html(rule: RuleInfo, ui: str) -> str:
    parts = [f"<h3>{escape(rule.title(ui))}</h3>",
             f"<p><code>{escape(rule.id)}</code> · {escape(severity_name(rule.severity))} · "
             f"{escape(rule.category)}</p>",
             f"<p>{escape(rule.explanation)}</p>"]
    for label, examples in ((tr("Wrong"), rule.wrong), (tr("Right"), rule.right)):
        if examples:
            parts.append(f"<p><b>{escape(label)}:</b> " + " · ".join(escape(e) for e in examples) + "</p>")
    if rule.source:
        parts.append(f"<p><small>{escape(tr('Source'))}: {escape(rule.source)}</small></p>")
    return "".join(parts)


class RulesBrowser(QDialog):
    def __init__(self, ui: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("RulesBrowser")
        self.setWindowTitle(tr("Drafting rules"))
        self.setAccessibleName(tr("Drafting rules"))
        self.search = QLineEdit(self)
        self.search.setObjectName("RuleSearch")
        self.search.setPlaceholderText(tr("Search the rules (word, rule id, example)…"))
        self.search.setAccessibleName(tr("Search the rules"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("RuleList")
        self.list.setAccessibleName(tr("Rules"))
        self.details = QTextBrowser(self)
        self.details.setObjectName("RuleDetails")
        self.details.setAccessibleName(tr("Rule explanation"))
        self.count = QLabel(self)
        self.count.setObjectName("RuleCount")
        for rule in all_rules().values():
            item = QListWidgetItem(f"{rule.title(ui)}  ({rule.id})", self.list)
            item.setData(RULE_ROLE, rule.id)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setSizes([380, 520])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.filter)
        self.list.currentItemChanged.connect(self._show)
        self.filter("")
        self.resize(960, 600)

    def visible_rules(self) -> list[str]:
        return [self.list.item(i).data(RULE_ROLE) for i in range(self.list.count())
                if not self.list.item(i).isHidden()]

    def filter(self, text: str) -> None:
        """Keep the rules with every word typed somewhere in them; show the first."""
        words = text.lower().split()
        rules = all_rules()
        first = None
        for index in range(self.list.count()):
            item = self.list.item(index)
            haystack = rules[item.data(RULE_ROLE)].searchable(self.ui)
            shown = all(word in haystack for word in words)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        self.count.setText(tr("Rules shown: {shown} of {total}").format(shown=len(self.visible_rules()),
                                                                         total=self.list.count()))
        self.list.setCurrentItem(first)
        if first is None:
            self.details.setHtml(f"<p>{escape(tr('No rule matches.'))}</p>")

    def show_rule(self, rule_id: str) -> None:
        """Select one rule (the Issues pane can point here)."""
        self.search.clear()
        for index in range(self.list.count()):
            if self.list.item(index).data(RULE_ROLE) == rule_id:
                self.list.setCurrentRow(index)
                return

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.details.setHtml(rule_html(all_rules()[item.data(RULE_ROLE)], self.ui))
