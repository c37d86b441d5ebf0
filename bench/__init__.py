"""Benchmarks: cached realistic datasets and timed scenarios with raw-sqlite3 baselines (not tests)."""
