"""Documents the office prints or publishes: certificates, reports, label sheets, registers.

Everything here renders from plain values (frozen dataclasses) with reportlab and the fonts
shipped in `resources/fonts/`, so output never depends on the machine it is made on.
"""

from reportlab import rl_config

# Binary (Flate only) streams: the ASCII85 wrapping reportlab adds by default is done in pure Python
# here and took more than half the time of a 1,000-label sheet, for files 25 % larger.
rl_config.useA85 = 0
