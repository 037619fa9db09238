"""Builds writer p's JSONL files from the hand-written exchange modules."""
import importlib, sys
from lib import dump
for m in sys.argv[1:] or ["cyr", "mid", "asia", "rest"]:
    try:
        importlib.import_module(m)
    except ModuleNotFoundError as e:
        if e.name != m:
            raise
dump()
