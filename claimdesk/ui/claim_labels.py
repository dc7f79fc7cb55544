"""The names of claim kinds, statuses and deliveries in the interface language.

Kept apart from the claims list and the claim wizard so both (and the main window) use them
without importing each other.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS_NAMES = {"draft": QT_TRANSLATE_NOOP("ClaimsModel", "Draft"), "sent": QT_TRANSLATE_NOOP("ClaimsModel", "Sent"),
                "answered": QT_TRANSLATE_NOOP("ClaimsModel", "Answered"),
                "settled": QT_TRANSLATE_NOOP("ClaimsModel", "Settled"),
                "refused": QT_TRANSLATE_NOOP("ClaimsModel", "Refused"),
                "escalated": QT_TRANSLATE_NOOP("ClaimsModel", "Escalated")}
KIND_NAMES = {"claim": QT_TRANSLATE_NOOP("ClaimsModel", "Claim"),
              "reminder": QT_TRANSLATE_NOOP("ClaimsModel", "Reminder"),
              "formal_notice": QT_TRANSLATE_NOOP("ClaimsModel", "Formal notice")}
DELIVERY_NAMES = {"registered": QT_TRANSLATE_NOOP("ClaimWizard", "Registered letter"),
                  "post": QT_TRANSLATE_NOOP("ClaimWizard", "Ordinary post"),
                  "email": QT_TRANSLATE_NOOP("ClaimWizard", "E-mail")}


def status_label(status: str) -> str:
    text = STATUS_NAMES.get(status)
    return QCoreApplication.translate("ClaimsModel", text) if text else status


def kind_label(kind: str) -> str:
    text = KIND_NAMES.get(kind)
    return QCoreApplication.translate("ClaimsModel", text) if text else kind


def delivery_label(d: str) -> str:
    text = DELIVERY_NAMES.get(d)
    return QCoreApplication.translate("ClaimWizard", text) if text else d
