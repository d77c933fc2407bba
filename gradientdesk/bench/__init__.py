"""Benchmarks: `python -m gradientdesk.bench [--json] [--gui]`."""
