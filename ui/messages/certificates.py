"""Refusals of the certificates page: who may act on a certificate, and the register's filters."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

MESSAGES = {
    "certificate.chair_decides": QT_TRANSLATE_NOOP(
        "messages",
        "Only the chair or an administrator may suspend, restore, withdraw or re-issue "
        "a certificate: these are the committee's decisions.",
    ),
    "certificate.inspector_renews": QT_TRANSLATE_NOOP(
        "messages",
        "A renewal starts with an inspection: only an inspector or an administrator may start it.",
    ),
    "certificate.nothing_to_reissue": QT_TRANSLATE_NOOP(
        "messages",
        "Certificate {number} covers the producer's only product: there is no other scope "
        "to re-issue it for.",
    ),
    "register.bad_sort": QT_TRANSLATE_NOOP("messages", "The register cannot be sorted by {value}."),
    "register.bad_days": QT_TRANSLATE_NOOP(
        "messages", "Give a number of days from 0 to 3660 (it was {value})."
    ),
}
