"""Benchmarks: plain scripts, `python -m bench.<name>`; never timed tests."""
