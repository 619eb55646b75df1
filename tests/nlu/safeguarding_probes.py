"""What the safeguarding probe tables share.

The expected reason sets: a probe passes when the parse gives at least one of its set (a
beating at home is abuse; with a partner it may be read as domestic violence, which is
just as urgent). And the rule layer alone, as parse_message runs it on normalised text,
for the probes that test the rules without the classifier's second line."""
from nlu import safeguarding
from nlu.normalise import normalise

MISSING = {"missing"}
SH = {"self_harm"}
AB = {"abuse"}
DV = {"domestic_violence", "abuse"}
AF = {"afraid", "bullying"}
BU = {"bullying", "afraid"}
PO = {"police"}


def rule_layer(text: str) -> tuple:
    """(flag, reasons, spans) from the safeguarding rules alone."""
    return safeguarding.detect(normalise(text).text)


def assert_rules_flag(text: str, allowed: set) -> None:
    """The rule layer flags `text` with at least one reason in `allowed`."""
    flag, reasons, _ = rule_layer(text)
    assert flag, text
    assert set(reasons) & allowed, (text, reasons)


def assert_rules_quiet(text: str) -> None:
    """The rule layer leaves `text` alone; a failure shows the spans that fired."""
    flag, reasons, spans = rule_layer(text)
    norm = normalise(text).text
    assert not flag, (text, reasons, [norm[s:e] for s, e in spans])
