"""Documents the office prints or publishes: certificates, reports, label sheets, registers.

Everything here renders from plain values (frozen dataclasses) with reportlab and the fonts
shipped in `resources/fonts/`, so output never depends on the machine it is made on.
"""

import zlib

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

# Binary (Flate only) streams: the ASCII85 wrapping reportlab adds by default is done in pure Python
# here and took more than half the time of a 1,000-label sheet, for files 25 % larger.
rl_config.useA85 = 0


class _QuickFlate(pdfdoc.PDFStreamFilterZCompress):  # type: ignore[misc]
    """Flate at level 1: a 1,000-label sheet is ~7 MB of path operators, and level 6 spent
    0.3 s of its 1.5 s budget on them for a file only 10 % smaller."""

    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)


pdfdoc.PDFZCompress = _QuickFlate()
