"""The names a parent uses for their children, and back from names to pupils.

The NLU is given each child's first name as the family uses it (preferred name, else
legal first name), once. Two children of one contact with the same first name (step-
siblings, say) share that name: a message naming it is about one of them, so the bot
asks which, showing them apart by full name, or by form when the full names match too.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from models import Pupil

EVERYONE_WORDS = re.compile(
    r"^\s*(?:both|all|all of them|both of them|all three|all 3|everyone|the kids|"
    r"them both|both please|all please)\s*[.!]*\s*$",
    re.IGNORECASE,
)
OPTION_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)!]*\s*$")


def nlu_names(pupils: Sequence[Pupil]) -> list[str]:
    """Each distinct first name once, in the pupils' order."""
    return list(dict.fromkeys(p.first_name for p in pupils))


def pupils_named(pupils: Sequence[Pupil], names: Iterable[str]) -> list[Pupil]:
    """Every pupil whose first name is among `names` (so a shared name gives both)."""
    wanted = {name.casefold() for name in names}
    return [p for p in pupils if p.first_name.casefold() in wanted]


def is_ambiguous(chosen: Sequence[Pupil], names: Iterable[str]) -> bool:
    """True when a name the parent wrote belongs to more than one of `chosen`."""
    names = set(names)
    return bool(names) and len(chosen) > len(names)


def option_labels(pupils: Sequence[Pupil]) -> list[str]:
    """How each pupil is named to the parent: the first name, or for children who
    share it the full name, or the full name and form when that is shared too."""
    first_names = Counter(p.first_name for p in pupils)
    full_names = Counter(p.full_name for p in pupils)

    def label(p: Pupil) -> str:
        if first_names[p.first_name] == 1:
            return p.first_name
        if full_names[p.full_name] == 1:
            return p.full_name
        return f"{p.full_name} ({p.form or p.mis_id})"

    return [label(p) for p in pupils]


class Choice(NamedTuple):
    pupils: list[Pupil]  # empty: the answer picked no one
    shared_name: bool = False  # a name that several of them share: ask again among them


def choice_from_answer(text: str, options: Sequence[Pupil], named_by_nlu: Iterable[str]) -> Choice:
    """The pupils an answer to "which child?" picks.

    Accepts the option's number ("2"; the number after the children's is "all of
    them"), "both"/"all", a name the NLU found, or an option label typed out.
    """
    number = OPTION_NUMBER.match(text or "")
    if number:
        index = int(number.group(1))
        if 1 <= index <= len(options):
            return Choice([options[index - 1]])
        everyone = index == len(options) + 1 and len(options) > 1
        return Choice(list(options) if everyone else [])
    if EVERYONE_WORDS.match(text or ""):
        return Choice(list(options))
    names = list(named_by_nlu)
    by_nlu = pupils_named(options, names)
    if by_nlu:
        return Choice(by_nlu, shared_name=is_ambiguous(by_nlu, names))
    typed = (text or "").strip().casefold()
    return Choice([p for p, label in zip(options, option_labels(options)) if label.casefold() == typed])
