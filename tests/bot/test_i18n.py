"""The Babel catalogues: the template is current, English is complete, languages load."""
from __future__ import annotations

from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from bot import i18n
from bot.replies import Texts


def _read_po(path):
    with open(path, "rb") as f:
        return read_po(f)


def _pairs(catalogue):
    def key(x):
        return tuple(x) if isinstance(x, (list, tuple)) else x
    return {key(m.id): key(m.string) for m in catalogue if m.id}


def test_the_template_holds_exactly_the_texts_marked_in_the_code():
    """Fails when a text was added or changed without `python -m bot.i18n`."""
    extracted = {m.id for m in i18n.extracted_catalogue() if m.id}
    template = {m.id for m in _read_po(i18n.TRANSLATIONS_DIR / "messages.pot") if m.id}
    assert extracted == template and len(template) > 40


def test_the_english_catalogue_is_complete_and_compiled():
    template = {m.id for m in _read_po(i18n.TRANSLATIONS_DIR / "messages.pot") if m.id}
    english = _read_po(i18n.po_path("en"))
    assert {m.id for m in english if m.id} == template
    assert all(m.string and not m.fuzzy for m in english if m.id)
    with open(i18n.po_path("en").with_suffix(".mo"), "rb") as f:
        compiled = read_mo(f)
    assert _pairs(compiled) == _pairs(english)


def test_an_unknown_language_falls_back_to_english():
    assert Texts("xx").opted_in() == Texts("en").opted_in()
    assert Texts(None).opted_in() == Texts("en").opted_in()


def test_dates_are_in_the_language_of_the_text_around_them():
    from datetime import date

    from bot.dates_in_words import days_in_words

    day = date(2026, 11, 25)
    assert days_in_words([day], "so") == days_in_words([day], "en")
    assert "Wed" in days_in_words([day], "so")


def test_a_contacts_language_chooses_the_catalogue(db, tmp_path, monkeypatch, school, parent, say, nlu_fake):
    """A Welsh catalogue (one text translated) is used for a contact whose language is cy."""
    english = Texts("en").opted_out_hint()
    welsh = Catalog(locale="cy")
    welsh.add(english, "Neges wedi ei phasio i'r ysgol. Anfonwch START i gael atebion eto.")
    target = tmp_path / "cy" / "LC_MESSAGES"
    target.mkdir(parents=True)
    with open(target / "messages.mo", "wb") as f:
        write_mo(f, welsh)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    i18n.translations.cache_clear()
    try:
        parent.language, parent.opted_out = "cy", True
        parent.telegram_chat_id = 77
        [reply] = say("hello", sender="77", channel="telegram")
        assert reply.startswith("Neges wedi ei phasio")
        assert Texts("cy").opted_in() == Texts("en").opted_in()  # untranslated: English
    finally:
        i18n.translations.cache_clear()
