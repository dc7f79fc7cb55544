"""What a shop owner looks for in the menus: a copy of their file where they choose, a table for
their accountant, a short guide and an About box."""

from __future__ import annotations

import csv
import os
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .claim_labels import kind_label, status_label
from .language import changes
from .letter_actions import documents_folder, safe_file_name, show_in_folder
from .outage_model import duration_text, service_label


class OwnerMenus(QObject):
    """File ▸ Back up to… and Export for the accountant…, and the Help menu, for a main window."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.act_backup = QAction(window)
        self.act_backup.triggered.connect(self.backup_to)
        self.act_export = QAction(window)
        self.act_export.triggered.connect(self.export_for_accountant)
        window.file_menu.insertActions(window.act_restore, [self.act_export, self.act_backup])
        self.help_menu = window.help_menu  # its title is the window's (shown before these entries exist)
        self.act_guide = self.help_menu.addAction("")
        self.act_guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.act_guide.triggered.connect(self.show_guide)
        self.act_about = self.help_menu.addAction("")
        self.act_about.triggered.connect(self.show_about)
        changes().language.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_backup.setText(self.tr("Back &up to…"))
        self.act_backup.setStatusTip(self.tr("Save a copy of this company file where you choose: a USB stick, "
                                             "a shared drive"))
        self.act_export.setText(self.tr("E&xport for the accountant…"))
        self.act_export.setStatusTip(self.tr("The outages and the claims as two tables (CSV) that Excel or "
                                             "LibreOffice open"))
        self.act_guide.setText(self.tr("&Getting started"))
        self.act_about.setText(self.tr("&About ClaimDesk"))

    # ---- backup

    def backup_to(self) -> Path | None:
        ws = self.w.ws
        if ws is None:
            return None
        name = f"{safe_file_name(ws.company().name)} {date.today().isoformat()}{ws.path.suffix}"
        target, _ = QFileDialog.getSaveFileName(self.w, self.tr("Back up to"), str(documents_folder() / name),
                                                self.tr("Company file (*{0})").format(ws.path.suffix))
        if not target:
            return None
        try:
            copied = copy_company_file(ws, Path(target))
        except OSError as exc:
            QMessageBox.warning(self.w, self.tr("The copy was not saved"), exc.strerror or str(exc))
            return None
        self.w.statusBar().showMessage(self.tr("A copy of the company file is saved as {0}.").format(copied), 15000)
        return copied

    # ---- export

    def export_for_accountant(self) -> tuple[Path, Path] | None:
        ws = self.w.ws
        if ws is None:
            return None
        folder = QFileDialog.getExistingDirectory(self.w, self.tr("Export for the accountant: choose a folder"),
                                                  str(documents_folder()))
        if not folder:
            return None
        try:
            written = self.write_tables(Path(folder))
        except OSError as exc:
            QMessageBox.warning(self.w, self.tr("The tables were not saved"), exc.strerror or str(exc))
            return None
        self.w.statusBar().showMessage(self.tr("Saved {0} and {1}.").format(*(p.name for p in written)), 15000)
        show_in_folder(written[0])
        return written

    def write_tables(self, folder: Path) -> tuple[Path, Path]:
        """Two CSV files in UTF-8 with a BOM (so Excel reads accents), the separator and decimal
        mark of the interface language's spreadsheets: ';' and ',' where the comma is decimal."""
        ws, f = self.w.ws, self.w.formats
        decimal = f.number(Decimal("1.5"), 1)[1]
        sep = ";" if decimal == "," else ","
        money = lambda x: "" if x is None else format(x, "f").replace(".", decimal)  # noqa: E731
        moment = lambda t: "" if t is None else f.local(t).strftime("%Y-%m-%d %H:%M")  # noqa: E731
        providers = {c.id: c.contract.provider for c in ws.contracts()}
        base = safe_file_name(ws.company().name)
        outages_path = folder / self.tr("{0} - outages.csv").format(base)
        claims_path = folder / self.tr("{0} - claims.csv").format(base)
        outage_rows = [[self.tr("No."), self.tr("Service"), self.tr("Provider"), self.tr("Started"),
                        self.tr("Ended"), self.tr("Duration"), self.tr("Ticket no."), self.tr("Claims"),
                        self.tr("Description")]]
        for o in ws.file.outages(order="start", descending=False):
            seconds = None if o.end is None else int((o.end - o.start).total_seconds())
            outage_rows.append([o.id, service_label(o.service), providers.get(o.contract_id, ""), moment(o.start),
                                moment(o.end), "" if seconds is None else duration_text(seconds),
                                o.provider_reference or "", " ".join(map(str, o.claim_ids)), o.description or ""])
        claim_rows = [[self.tr("No."), self.tr("Provider"), self.tr("Letter date"), self.tr("Kind"),
                       self.tr("Status"), self.tr("Claimed"), self.tr("Received"), self.tr("Currency"),
                       self.tr("Answer due"), self.tr("Outages")]]
        currency = ws.company().currency
        for c in sorted(ws.claims(), key=lambda c: c.id):
            claim_rows.append([c.id, providers.get(c.contract_id, ""), c.spec.date.isoformat(), kind_label(c.spec.kind),
                               status_label(c.status), money(c.amount_claimed), money(c.amount_received), currency,
                               c.response_deadline.isoformat(), " ".join(map(str, c.outage_ids))])
        for path, rows in ((outages_path, outage_rows), (claims_path, claim_rows)):
            write_csv(path, rows, sep)
        return outages_path, claims_path

    # ---- help

    def show_guide(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Getting started"), self.guide_text(),
                          QMessageBox.StandardButton.Close, self.w)
        box.setObjectName("guide")
        box.open()
        return box

    def guide_text(self) -> str:
        steps = (
            self.tr("When a service stops working, press “Outage started now” (Ctrl+D). Note the ticket "
                    "number the provider gives you."),
            self.tr("When it works again, press “Service is back” (Ctrl+B). An outage you noticed too late: "
                    "“Add a past outage”."),
            self.tr("Add evidence to the outage: screenshots, the provider's e-mails, a photo of the router."),
            self.tr("Select the outages: the right-hand panel says what they cost you. Type any extra costs "
                    "under Costs and credits."),
            self.tr("Press “New claim” and follow the steps: ClaimDesk writes the letter. Send it by "
                    "registered post or e-mail."),
            self.tr("In the Claims tab, mark the letter as sent, then note the answer. Without an answer by "
                    "the date shown, send a reminder."),
        )
        return "\n\n".join(f"{n}. {text}" for n, text in enumerate(steps, 1))

    def show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(self.w, self.tr("About ClaimDesk"), self.tr(
            "ClaimDesk {0}\n\nRecords your telecom outages, works out what they cost your business and writes "
            "the claim letter to your provider.\n\nYour company files stay on this computer.").format(__version__))


def write_csv(path: Path, rows, sep: str) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out, delimiter=sep).writerows(rows)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def copy_company_file(ws, target: Path) -> Path:
    """A consistent copy of the open company file at ``target``: a backup made the usual way
    (SQLite's backup API, kept among the file's backups too), then copied there."""
    backup = ws.file.backup("copy")
    partial = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(backup, partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
