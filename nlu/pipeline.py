"""The spaCy pipeline: built once per process, loaded from the committed nlu/model/.

The pipeline is spacy.blank("en") plus two bag-of-words text classifiers
(`textcat_intent`, `textcat_reason`). Their input is the normalised text followed by
feature tokens from the rule lexicons (see reasons.feature_tokens). If the model
directory is missing, `get_nlp()` returns None and the parser falls back to rules only,
so `parse_message` always works.
"""
from __future__ import annotations

import threading
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "model"
INTENTS = ("absence", "late", "leave_request", "opt_out", "other")
REASONS = ("I", "M", "R", "G", "C", "O", "N", "Y1", "Y2", "J1", "C1", "S", "T")
# The classifier never needs more than this many characters to decide; longer input
# (a pasted essay, 10,000 chars of junk) is cut so latency stays bounded.
MAX_MODEL_CHARS = 1500

_lock = threading.Lock()
_nlp = None
_loaded = False


def get_nlp():
    """The cached pipeline, or None when no trained model is present."""
    global _nlp, _loaded
    if _loaded:
        return _nlp
    with _lock:
        if not _loaded:
            _nlp = _load()
            _loaded = True
    return _nlp


def _load():
    if not (MODEL_DIR / "config.cfg").exists():
        return None
    import spacy
    try:
        nlp = spacy.load(MODEL_DIR)
    except Exception:  # a broken model must not take the bot down: rules still work
        return None
    # The loaded model lives for the whole process: move it out of the cyclic GC's
    # generations so collections during parsing stay short (p99 latency).
    import gc
    gc.collect()
    gc.freeze()
    return nlp


def reset_cache() -> None:
    """Forget the loaded pipeline (used by training and tests)."""
    global _nlp, _loaded, _sg_threshold
    with _lock:
        _nlp, _loaded, _sg_threshold = None, False, None


def classify(model_text: str) -> tuple:
    """(intent probabilities, reason probabilities) as dicts, or ({}, {}) without a model."""
    nlp = get_nlp()
    if nlp is None:
        return {}, {}
    doc = nlp.make_doc(model_text[:MAX_MODEL_CHARS])
    for name in ("textcat_intent", "textcat_reason"):
        doc = nlp.get_pipe(name)(doc)
    cats = doc.cats
    return ({k: float(cats.get(k, 0.0)) for k in INTENTS},
            {k: float(cats.get(k, 0.0)) for k in REASONS})


SG_LABEL = "risk"
_sg_threshold = None


def sg_threshold() -> float:
    """Decision threshold of the safeguarding classifier, chosen on dev by nlu.train."""
    global _sg_threshold
    if _sg_threshold is None:
        import json
        try:
            _sg_threshold = float(json.loads((MODEL_DIR / "sg_threshold.json").read_text())["threshold"])
        except Exception:
            _sg_threshold = 2.0  # no threshold file: the classifier never fires
    return _sg_threshold


def sg_probability(norm_text: str):
    """P(safeguarding risk) from the binary textcat over the plain normalised text (no rule
    features, so it is an independent second line behind the rules), or None without a model."""
    nlp = get_nlp()
    if nlp is None or "textcat_sg" not in nlp.pipe_names:
        return None
    doc = nlp.get_pipe("textcat_sg")(nlp.make_doc(norm_text[:MAX_MODEL_CHARS]))
    return float(doc.cats.get(SG_LABEL, 0.0))
