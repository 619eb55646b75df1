"""The spaCy pipeline: built once per process, loaded from the committed nlu/model/.

The pipeline is spacy.blank("en") plus three bag-of-words text classifiers
(`textcat_intent`, `textcat_reason`, `textcat_sg`), run on one shared Doc per message by
`classify_all`. Intent and reason read the normalised text followed by feature tokens from
the rule lexicons (see reasons.feature_tokens); safeguarding reads the plain-text prefix. If the model
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
    global _nlp, _loaded, _sg_threshold, _heads
    with _lock:
        _nlp, _loaded, _sg_threshold, _heads = None, False, None, None


# The three textcats are bag-of-words over the same unigram+bigram hashes of one Doc. Rather
# than let each pipe re-tokenise and re-extract n-grams, `classify_all` tokenises once,
# extracts the n-gram keys once (exactly as spacy's extract_ngrams does) and feeds them to
# each component's own sparse linear layer + softmax: the same numbers, a third of the work.
_heads = None


def _find(model, name):
    if model.name == name:
        return model
    for layer in model.layers:
        found = _find(layer, name)
        if found is not None:
            return found
    return None


def _get_heads(nlp):
    global _heads
    if _heads is None:
        heads = {}
        for name in ("textcat_intent", "textcat_reason", "textcat_sg"):
            if name in nlp.pipe_names:
                pipe = nlp.get_pipe(name)
                heads[name] = (_find(pipe.model, "sparse_linear"), tuple(pipe.labels))
        _heads = heads
    return _heads


def _ngram_keys(unigrams):
    """(keys, counts) of the unigrams and bigrams: spacy.ml.extract_ngrams for ngram_size=2."""
    import numpy
    if len(unigrams) > 1:
        keys = numpy.concatenate([unigrams, _OPS.ngrams(2, unigrams)])
    else:
        keys = unigrams
    keys, vals = numpy.unique(keys, return_counts=True)
    return keys, vals.astype("f")


def _scores(head, keys_vals) -> dict:
    import numpy
    layer, labels = head
    keys, vals = keys_vals
    logits = layer.predict((keys, vals, numpy.asarray([len(keys)], dtype="int32")))[0]
    z = numpy.exp(logits - logits.max())
    z /= z.sum()
    return dict(zip(labels, (float(x) for x in z)))


_OPS = None


def classify_all(model_text: str, n_plain: int | None = None, want_sg: bool = False) -> tuple:
    """(intent probs, reason probs, P(safeguarding risk) or None) from one Doc.

    `model_text` is the normalised text followed by feature tokens; the safeguarding head
    reads only the first `n_plain` characters (the plain normalised text), whose tokens are
    a prefix of the Doc's. Returns ({}, {}, None) without a model."""
    global _OPS
    nlp = get_nlp()
    if nlp is None:
        return {}, {}, None
    if _OPS is None:
        from thinc.api import NumpyOps
        _OPS = NumpyOps()
    from spacy.attrs import ORTH
    heads = _get_heads(nlp)
    doc = nlp.make_doc(model_text[:MAX_MODEL_CHARS])
    unigrams = doc.to_array(ORTH)
    full = _ngram_keys(unigrams)
    p_int = _scores(heads["textcat_intent"], full) if "textcat_intent" in heads else {}
    p_rea = _scores(heads["textcat_reason"], full) if "textcat_reason" in heads else {}
    p_sg = None
    if want_sg and "textcat_sg" in heads:
        n = len(doc) if n_plain is None else sum(1 for t in doc if t.idx < n_plain)
        p_sg = _scores(heads["textcat_sg"], _ngram_keys(unigrams[:n])).get(SG_LABEL, 0.0)
    return ({k: p_int.get(k, 0.0) for k in INTENTS} if p_int else {},
            {k: p_rea.get(k, 0.0) for k in REASONS} if p_rea else {}, p_sg)


def classify(model_text: str) -> tuple:
    """(intent probabilities, reason probabilities) as dicts, or ({}, {}) without a model."""
    p_int, p_rea, _ = classify_all(model_text)
    return p_int, p_rea


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
