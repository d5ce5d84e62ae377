"""Signed label codes: the record, its QR text, keys and trust, and the verification of codes."""
