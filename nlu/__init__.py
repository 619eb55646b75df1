"""Rollcall NLU: a parent's free-text message -> a structured Parse.

    from nlu import parse_message
    p = parse_message(text, today=date(2026, 3, 12), now=time(7, 45), children=["Alexander", "Olivia"])
"""
from .parse import Parse, parse_message

__all__ = ["Parse", "parse_message"]
