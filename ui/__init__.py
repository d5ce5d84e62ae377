"""The user interfaces: the PySide6 desktop app and the command line. Qt is imported lazily so the
command line starts fast."""
