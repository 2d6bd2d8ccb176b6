"""Benchmarks: `make bench` (or `python -m bench [name...]`) runs every bench/*_bench.py in turn."""
