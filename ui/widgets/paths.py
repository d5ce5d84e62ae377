"""Where a file the user saves is first suggested: a folder that exists on this computer."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_dir

from ui import preferences


def save_folder() -> Path:
    """The folder a document was last saved to, else the user's Documents, else the home
    folder — the first that exists (a fresh account may have no Documents folder)."""
    for folder in (preferences.last_folder(), user_documents_dir(), Path.home()):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.cwd()


def suggested(name: str) -> str:
    """The path offered for a new file called `name`."""
    return str(save_folder() / name)


def remember(path: str | Path) -> None:
    """A document was written to `path`: its folder is suggested next time."""
    preferences.set_last_folder(str(Path(path).parent))
