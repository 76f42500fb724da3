"""Benchmarks: each module has ``run() -> list[tuple[str, str]]`` and runs on its own."""
