"""Fixed train/dev/test split of the labelled corpus.

Each line goes to a split by a stable hash of its `id` (70/15/15), so a line never moves
as writers append more batches. The test split is for final figures only: nothing in the
package is tuned on it.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
SPLITS = ("train", "dev", "test")


def split_of(example_id: str) -> str:
    """70% train, 15% dev, 15% test, from the first 8 hex digits of sha1(id)."""
    bucket = int(hashlib.sha1(example_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    if bucket < 70:
        return "train"
    return "dev" if bucket < 85 else "test"


def load_corpus(paths=None) -> list:
    """All corpus lines (dicts) from corpus_*.jsonl, skipping blank or broken lines."""
    if paths is None:
        paths = sorted(DATA_DIR.glob("corpus_*.jsonl"))
    rows, seen = [], set()
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a writer may be mid-append; the next run sees the full line
            if not isinstance(row, dict) or "id" not in row or row["id"] in seen:
                continue
            seen.add(row["id"])
            rows.append(row)
    return rows


def load_split(name: str, paths=None) -> list:
    if name not in SPLITS:
        raise ValueError(f"unknown split {name!r}; use one of {SPLITS}")
    return [r for r in load_corpus(paths) if split_of(r["id"]) == name]
