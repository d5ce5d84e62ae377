from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import Session

from models import Region
from models.db import make_engine, upgrade


def test_upgrade_creates_schema_and_regions(any_engine: Engine) -> None:
    with Session(any_engine) as s:
        codes = s.scalars(select(Region.code).order_by(Region.code)).all()
    assert codes == sorted(
        ["KG-B", "KG-J", "KG-Y", "KG-N", "KG-O", "KG-T", "KG-C", "KG-GB", "KG-GO"]
    )
    assert "certificate" in inspect(any_engine).get_table_names()


def test_upgrade_twice_is_harmless(any_engine: Engine) -> None:
    upgrade(any_engine)
    with Session(any_engine) as s:
        assert s.scalar(select(Region.name_ky).where(Region.code == "KG-Y")) == "Ысык-Көл облусу"


def test_sqlite_file_uses_wal_full_sync_and_foreign_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_head_constant_names_the_newest_revision() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from models.db import HEAD, MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_heads() == [HEAD], (
        "a new revision was added: set models.db.HEAD to it"
    )


def test_upgrade_leaves_the_database_at_head(any_engine: Engine) -> None:
    from models.db import HEAD, current_revision

    assert current_revision(any_engine) == HEAD
