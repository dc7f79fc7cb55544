"""What is due on the claims, above the claims list: one line per letter waiting for something,
each with its action one click away (mark sent, write the reminder or formal notice, write the
mediator file)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from .claim_labels import kind_label

DUE_TEXTS = {
    "send": QT_TRANSLATE_NOOP("ClaimsView", "{kind} no. {id} to {provider}, dated {date}, is not marked sent yet."),
    "reminder": QT_TRANSLATE_NOOP("ClaimsView", "{kind} no. {id}: {provider} has not answered since {date}."),
    "formal_notice": QT_TRANSLATE_NOOP("ClaimsView", "{kind} no. {id}: {provider} has not answered since {date}."),
    "referral": QT_TRANSLATE_NOOP("ClaimsView", "{kind} no. {id}: {provider} has not answered since {date}; the "
                                                "mediator or the court is next."),
}
DUE_BUTTONS = {"send": QT_TRANSLATE_NOOP("ClaimsView", "Mark as sent…"),
               "reminder": QT_TRANSLATE_NOOP("ClaimsView", "Write a reminder"),
               "formal_notice": QT_TRANSLATE_NOOP("ClaimsView", "Write a formal notice"),
               "referral": QT_TRANSLATE_NOOP("ClaimsView", "Write the mediator file…")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClaimsView", text)


class DuePanel(QGroupBox):
    acted = Signal(object)  # the services.claims.DueItem whose button was pressed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("due")
        self.items: list = []
        self.buttons: list[QPushButton] = []
        self.formats = None
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self.hide()
        self.retranslate()

    def set_items(self, items, formats) -> None:
        self.items, self.formats = list(items), formats
        self._fill()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("ClaimsView", "What is due"))
        self._fill()

    def _fill(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        for row, item in enumerate(self.items if self.formats is not None else ()):
            text = QLabel(_tr(DUE_TEXTS[item.action]).format(kind=kind_label(item.kind), id=item.claim_id,
                                                             provider=item.provider,
                                                             date=self.formats.date(item.since, "medium")))
            text.setWordWrap(True)
            button = QPushButton(_tr(DUE_BUTTONS[item.action]))
            button.setAccessibleName(f"{button.text()} ({item.claim_id})")
            button.clicked.connect(lambda _=False, it=item: self.acted.emit(it))
            self.grid.addWidget(text, row, 0)
            self.grid.addWidget(button, row, 1)
            self.buttons.append(button)
        self.setVisible(bool(self.items))
