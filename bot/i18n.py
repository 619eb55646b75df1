"""Translations of the bot's texts, per contact language, from bot/translations.

Texts are marked with gettext in bot/replies.py and bot/dates_in_words.py, extracted to
bot/translations/messages.pot and translated in <lang>/LC_MESSAGES/messages.po (compiled
to .mo). A language with no catalogue falls back to English, the source language.

After changing a text, refresh every catalogue (what pybabel extract, update and
compile do, plus the English catalogue filled in from the source texts):

    python -m bot.i18n
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from babel.support import NullTranslations, Translations

TRANSLATIONS_DIR = Path(__file__).with_name("translations")
DOMAIN = "messages"
DEFAULT_LANGUAGE = "en"
# Babel formats dates for a locale; English here is British English ("Tue 24 Nov").
DATE_LOCALES = {"en": "en_GB"}


def text_language(language: str | None) -> str:
    """The language the texts will be in: the contact's when it has a catalogue, else
    English, so that dates are never written in one language inside another's text."""
    wanted = language or DEFAULT_LANGUAGE
    return wanted if po_path(wanted).with_suffix(".mo").exists() else DEFAULT_LANGUAGE


@lru_cache(maxsize=32)
def translations(language: str | None) -> NullTranslations:
    """The catalogue for `language` ("pl", "cy", "en"...), else English."""
    return Translations.load(str(TRANSLATIONS_DIR), [text_language(language)], DOMAIN)


@lru_cache(maxsize=32)
def date_locale(language: str | None) -> Locale:
    language = text_language(language)
    name = DATE_LOCALES.get(language, language)
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(DATE_LOCALES[DEFAULT_LANGUAGE])


# --- keeping the catalogues up to date (python -m bot.i18n) ---------------------------

BOT_DIR = Path(__file__).parent
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2)}


def extracted_catalogue() -> Catalog:
    """Every marked text in bot/, as pybabel extract would find it."""
    catalogue = Catalog(project="Rollcall", version="0.1", copyright_holder="Rollcall",
                        msgid_bugs_address="dev@rollcall.invalid")
    found = extract_from_dir(str(BOT_DIR), method_map=[("**.py", "python")], keywords=KEYWORDS)
    for filename, lineno, message, comments, context in found:
        catalogue.add(message, None, [(f"bot/{filename}", lineno)], auto_comments=comments,
                      context=context)
    return catalogue


def po_path(language: str) -> Path:
    return TRANSLATIONS_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def refresh_catalogues() -> None:
    template = extracted_catalogue()
    with open(TRANSLATIONS_DIR / f"{DOMAIN}.pot", "wb") as out:
        write_po(out, template, width=0)
    for po in sorted(TRANSLATIONS_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        language = po.parent.parent.name
        with open(po, "rb") as src:
            catalogue = read_po(src, locale=language)
        catalogue.update(template)
        if language == DEFAULT_LANGUAGE:
            for message in catalogue:  # the source language translates each text to itself
                if message.id:
                    message.string, message.flags = message.id, message.flags - {"fuzzy"}
        with open(po, "wb") as out:
            write_po(out, catalogue, width=0, ignore_obsolete=True)
        with open(po.with_suffix(".mo"), "wb") as out:
            write_mo(out, catalogue)


if __name__ == "__main__":
    refresh_catalogues()
