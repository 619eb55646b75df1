"""Phone numbers in E.164, the one form Rollcall stores and compares."""
from __future__ import annotations

import phonenumbers


OFCOM_DRAMA_PREFIX = "+447700900"


class InvalidPhoneNumber(ValueError):
    pass


def normalise_phone(raw: str, region: str = "GB") -> str:
    """Return `raw` as E.164 (+447700900123).

    Accepts what parents and MIS exports give: 07700 900123, +44 7700 900123,
    0044 7700 900123, (07700) 900-123, and WhatsApp's "whatsapp:+44..." prefix.
    """
    text = (raw or "").strip()
    if text.lower().startswith("whatsapp:"):
        text = text[len("whatsapp:"):]
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhoneNumber(f"not a phone number: {raw!r}") from exc
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not (phonenumbers.is_valid_number(number) or is_drama_number(e164)):
        raise InvalidPhoneNumber(f"not a valid phone number: {raw!r}")
    return e164


def is_drama_number(e164: str) -> bool:
    """Ofcom's reserved mobile range for fiction (07700 900000-900999).

    libphonenumber calls these invalid, but the demo and tests need numbers
    that can never reach a real person.
    """
    return e164.startswith(OFCOM_DRAMA_PREFIX) and len(e164) == len(OFCOM_DRAMA_PREFIX) + 3


def try_normalise_phone(raw: str, region: str = "GB") -> str | None:
    try:
        return normalise_phone(raw, region)
    except InvalidPhoneNumber:
        return None
