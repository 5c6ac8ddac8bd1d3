"""Languages: names ↔ BCP 47 tags ↔ BibLaTeX ``langid`` values, on top of ``langcodes``.

>>> language_tag("Russian"), language_tag("русский"), language_tag("ru_RU")
('ru', 'ru', 'ru-RU')
>>> english_name("uk"), native_name("uk"), biblatex_langid("de-AT")
('Ukrainian', 'українська', 'austrian')

Unknown or malformed input gives ``None``, never an exception.
"""

from __future__ import annotations

from functools import lru_cache

import langcodes

# babel/polyglossia language names that biblatex accepts in ``langid``; region-specific
# names first (``en-GB`` → british), then the primary subtag.
_BIBLATEX_BY_TAG = {
    "en-US": "american", "en-GB": "british", "en-AU": "australian", "en-CA": "canadian",
    "en-NZ": "newzealand", "de-AT": "austrian", "de-CH": "swissgerman", "pt-BR": "brazilian",
    "fr-CA": "canadien",
}  # fmt: skip
_BIBLATEX_BY_LANGUAGE = {
    "en": "english", "ru": "russian", "uk": "ukrainian", "be": "belarusian", "de": "german",
    "fr": "french", "it": "italian", "es": "spanish", "pt": "portuguese", "pl": "polish",
    "cs": "czech", "sk": "slovak", "hu": "magyar", "ro": "romanian", "bg": "bulgarian",
    "sr": "serbian", "hr": "croatian", "sl": "slovene", "lt": "lithuanian", "lv": "latvian",
    "et": "estonian", "fi": "finnish", "sv": "swedish", "da": "danish", "nb": "norsk",
    "no": "norsk", "nn": "nynorsk", "nl": "dutch", "el": "greek", "tr": "turkish",
    "sq": "albanian", "hy": "armenian", "ka": "georgian", "he": "hebrew", "ca": "catalan",
    "la": "latin",
}  # fmt: skip


@lru_cache(maxsize=1024)
def language_tag(name: str) -> str | None:
    """The BCP 47 tag for a language name (English or native) or a tag in any spelling.

    ``"Russian"`` and ``"русский"`` give ``"ru"``; ``"ru_RU"`` gives ``"ru-RU"``.
    """
    text = name.strip()
    if not text:
        return None
    try:
        if langcodes.tag_is_valid(text.replace("_", "-")):
            return str(langcodes.standardize_tag(text.replace("_", "-")))
        return str(langcodes.standardize_tag(str(langcodes.find(text))))
    except (LookupError, ValueError):
        return None


def _language(tag: str) -> langcodes.Language | None:
    standard = language_tag(tag)
    if standard is None:
        return None
    return langcodes.Language.get(standard)


def english_name(tag: str) -> str | None:
    """The English name of a language tag (``"ru"`` → ``"Russian"``)."""
    language = _language(tag)
    return None if language is None else str(language.display_name())


def native_name(tag: str) -> str | None:
    """The language's name in itself (``"ru"`` → ``"русский"``)."""
    language = _language(tag)
    return None if language is None else str(language.autonym())


def biblatex_langid(tag: str) -> str | None:
    """The BibLaTeX ``langid`` (babel name) for a tag or name, or ``None`` if babel has none."""
    standard = language_tag(tag)
    if standard is None:
        return None
    language = langcodes.Language.get(standard)
    region_tag = f"{language.language}-{language.territory}" if language.territory else None
    if region_tag in _BIBLATEX_BY_TAG:
        return _BIBLATEX_BY_TAG[region_tag]
    return _BIBLATEX_BY_LANGUAGE.get(language.language or "")
