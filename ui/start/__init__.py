"""Start of the desktop app: opening the register, first start, log-in."""
