"""Write a new Alembic revision from the difference between models/ and a fresh database.

python -m models.revision "message"
"""

from __future__ import annotations

import sys
import tempfile

from alembic import command

from models.db import alembic_config, make_engine, upgrade


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{folder}/rev.sqlite3")
        upgrade(engine)
        command.revision(alembic_config(engine), message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
