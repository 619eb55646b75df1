"""Expected safeguarding reasons for the probe tables: a probe passes when the parse
gives at least one of its set (a beating at home is abuse; with a partner it may be
read as domestic violence, which is just as urgent)."""
MISSING = {"missing"}
SH = {"self_harm"}
AB = {"abuse"}
DV = {"domestic_violence", "abuse"}
AF = {"afraid", "bullying"}
BU = {"bullying", "afraid"}
PO = {"police"}
