"""Run in a separate process by test_kills: print small label jobs of one lot until killed."""

import sys
from pathlib import Path

from certification import users
from certification.labels import printing
from models.db import make_engine, session_factory, unit_of_work


def main(url: str, certificate: str, lot: str, passphrase: str, folder: str) -> None:
    factory = session_factory(make_engine(url))
    with unit_of_work(factory) as s:
        clerk = users.get_user(s, "clerk")
    print("ready", flush=True)
    for n in range(1000):
        out = Path(folder) / f"labels-{n}.pdf"
        if out.exists():
            continue
        printing.print_labels(factory, certificate, lot, 3, passphrase, out, user=clerk)
        print(out.name, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:6])
