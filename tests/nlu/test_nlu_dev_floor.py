"""A model or rule regression is caught on the dev split (the test split is never used here)."""
import pytest

from nlu import parse_message
from nlu.data.splits import load_split, split_of
from nlu.evaluate import metrics, predict


def test_split_is_stable_and_proportioned():
    assert split_of("a-0001") == split_of("a-0001")
    ids = [f"x-{i:05d}" for i in range(5000)]
    share = {s: sum(split_of(i) == s for i in ids) / len(ids) for s in ("train", "dev", "test")}
    assert 0.66 < share["train"] < 0.74 and 0.12 < share["dev"] < 0.18 and 0.12 < share["test"] < 0.18


def test_dev_split_meets_floor():
    rows = load_split("dev")
    if len(rows) < 50:
        pytest.skip("corpus not present")
    m = metrics(rows, predict(parse_message, rows))
    assert m["intent_acc"] >= 0.90
    assert m["macro_f1"] >= 0.85
    assert m["dates_em"] >= 0.85
    assert m["children_em"] >= 0.90
    assert m["sg_recall"] >= 0.90
