"""Phone numbers come in every shape; Rollcall stores E.164 only."""
import pytest

from models.phone import InvalidPhoneNumber, normalise_phone, try_normalise_phone

E164 = "+447700900123"


@pytest.mark.parametrize("raw", [
    "07700900123",
    "07700 900123",
    "+44 7700 900123",
    "+447700900123",
    "0044 7700 900123",
    "(07700) 900-123",
    "07700-900-123",
    "  07700 900 123  ",
    "+44 (0)7700 900123",
    "whatsapp:+447700900123",
    "WhatsApp:+44 7700 900123",
])
def test_every_usual_spelling_becomes_e164(raw):
    assert normalise_phone(raw) == E164


def test_real_mobiles_and_landlines_and_other_countries():
    assert normalise_phone("07911 123456") == "+447911123456"
    assert normalise_phone("020 7946 0000") == "+442079460000"
    assert normalise_phone("+33 6 12 34 56 78") == "+33612345678"
    assert normalise_phone("0033 6 12 34 56 78") == "+33612345678"


@pytest.mark.parametrize("raw", [
    "", "   ", "hello", "123", "whatsapp:",
    "07700 90012",        # a digit short
    "+44 7700 9001234",   # a digit too many
    "07700 901000",       # just outside Ofcom's drama range, and not a real number
])
def test_anything_else_raises(raw):
    with pytest.raises(InvalidPhoneNumber):
        normalise_phone(raw)
    assert try_normalise_phone(raw) is None


def test_invalid_phone_number_is_a_value_error():
    assert issubclass(InvalidPhoneNumber, ValueError)
