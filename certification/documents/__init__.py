"""Documents the office prints or publishes: certificates, reports, label sheets, registers.

Everything here renders from plain values (frozen dataclasses) with reportlab and the fonts
shipped in `resources/fonts/`, so output never depends on the machine it is made on.
"""
