"""Operator scripts: `python -m scripts.run_local` (make run), `python -m scripts.bootstrap`."""
