"""The folder application an office installs without Python: its PyInstaller spec, its build
(`build.py`, `make bundle`), its smoke test (`smoke.py`) and the Windows installer (`windows/`)."""
