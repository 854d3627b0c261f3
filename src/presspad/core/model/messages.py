"""The sentences users read for each finding code, built in one place.

Templates are English source strings marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects them into the Qt Linguist files; the GUI passes
them through ``QCoreApplication.translate("Findings", ...)`` and the CLI uses
them as they are (it must not import Qt). Add a template here with every new
built-in finding code; a plugin's finding brings its sentence in ``params["message"]``.
"""

from __future__ import annotations

import logging
from typing import Any

from presspad.core.model.release import LANG_NAMES

logger = logging.getLogger(__name__)

CONTEXT = "Findings"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Mark ``text`` for translation without importing Qt."""
    return text


TEMPLATES: dict[str, str] = {
    "quote-unbalanced": QT_TRANSLATE_NOOP(
        "Findings", "Quote mark {mark} has no matching {partner}"),
    "quote-style": QT_TRANSLATE_NOOP(
        "Findings", "Quote marks {marks} are not {lang_name} style; use {expected}"),
    "quote-unattributed": QT_TRANSLATE_NOOP(
        "Findings", "Nobody is credited for the quote “{text}”"),
    "quote-split": QT_TRANSLATE_NOOP(
        "Findings", "The quote “{text}” is broken by a paragraph break mid-sentence"),
    "quote-missing-translation": QT_TRANSLATE_NOOP(
        "Findings", "The quote “{text}” has no counterpart in the {other_lang_name} version"),
    "speaker-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "The quote is credited to {speaker} here but to {other_speaker} in the "
        "{other_lang_name} version"),
    "title-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "{speaker} is “{title}” here but “{other_title}” in the "
        "{other_lang_name} version"),
    "typography": QT_TRANSLATE_NOOP("Findings", "Typography: {rule}: “{text}” → “{fixed}”"),
    "spelling": QT_TRANSLATE_NOOP("Findings", "Unknown word “{word}”"),
    "name-variant": QT_TRANSLATE_NOOP(
        "Findings", "“{text}” is a variant of the partner name “{canonical}”"),
    "name-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "{subject} is named in this version but not in the {other_lang_name} one"),
    "number-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "The number {text} has no match in the {other_lang_name} version"),
    "date-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "The date {text} has no match in the {other_lang_name} version"),
    "link-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "The link {text} is missing from the {other_lang_name} version"),
    "paragraph-missing-translation": QT_TRANSLATE_NOOP(
        "Findings", "This paragraph has no counterpart in the {other_lang_name} version"),
    "date-missing": QT_TRANSLATE_NOOP(
        "Findings", "The release has no publication date"),
    "related-link-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "The related link “{text}” is missing from the {other_lang_name} version"),
    "image-alt-missing": QT_TRANSLATE_NOOP(
        "Findings", "The picture {text} has no alt text"),
    "credit-missing": QT_TRANSLATE_NOOP(
        "Findings", "The credit line is missing here; the {other_lang_name} version has "
        "“{text}”"),
}

# What each code checks, in one line: the rule descriptions of a SARIF report and help.
SUMMARIES: dict[str, str] = {
    "quote-unbalanced": QT_TRANSLATE_NOOP("Findings", "A quote mark without its pair"),
    "quote-style": QT_TRANSLATE_NOOP("Findings", "Quote marks of the wrong language's style"),
    "quote-unattributed": QT_TRANSLATE_NOOP("Findings", "A direct quote with no speaker"),
    "quote-split": QT_TRANSLATE_NOOP("Findings", "A quote broken by a paragraph break"),
    "quote-missing-translation": QT_TRANSLATE_NOOP(
        "Findings", "A quote present in one language only"),
    "speaker-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "A quote credited to different speakers in the two languages"),
    "title-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "A speaker's title differs between the languages or from the directory"),
    "typography": QT_TRANSLATE_NOOP("Findings", "A typographic convention not followed"),
    "spelling": QT_TRANSLATE_NOOP("Findings", "A word the dictionaries do not know"),
    "name-variant": QT_TRANSLATE_NOOP(
        "Findings", "A partner's name spelled otherwise than in the directory"),
    "name-mismatch": QT_TRANSLATE_NOOP("Findings", "A partner named in one language only"),
    "number-mismatch": QT_TRANSLATE_NOOP("Findings", "A number in one language only"),
    "date-mismatch": QT_TRANSLATE_NOOP("Findings", "A date in one language only"),
    "link-mismatch": QT_TRANSLATE_NOOP("Findings", "A link in one language only"),
    "paragraph-missing-translation": QT_TRANSLATE_NOOP(
        "Findings", "A paragraph with no counterpart in the other language"),
    "date-missing": QT_TRANSLATE_NOOP("Findings", "A release without a publication date"),
    "related-link-mismatch": QT_TRANSLATE_NOOP(
        "Findings", "A related link in one language only"),
    "image-alt-missing": QT_TRANSLATE_NOOP("Findings", "A picture without alt text"),
    "credit-missing": QT_TRANSLATE_NOOP("Findings", "A credit line in one language only"),
}


def summary(code: str) -> str:
    """The one-line description of ``code`` (a plugin's code: the code itself)."""
    return SUMMARIES.get(code, code)

# What each typography rule is about, in words (the rule ids stay in JSON).
TYPOGRAPHY_RULES = {
    "curly-quotes": QT_TRANSLATE_NOOP("Findings", "curly quotes"),
    "guillemets": QT_TRANSLATE_NOOP("Findings", "guillemets"),
    "apostrophe": QT_TRANSLATE_NOOP("Findings", "apostrophe"),
    "em-dash": QT_TRANSLATE_NOOP("Findings", "em dash"),
    "dash-nbsp": QT_TRANSLATE_NOOP("Findings", "dash with a no-break space"),
    "number-sign": QT_TRANSLATE_NOOP("Findings", "number sign"),
    "nbsp-numero": QT_TRANSLATE_NOOP("Findings", "no-break space after №"),
    "nbsp-short-word": QT_TRANSLATE_NOOP("Findings", "no-break space after a short word"),
    "nbsp-initials": QT_TRANSLATE_NOOP("Findings", "no-break space after initials"),
    "nbsp-units": QT_TRANSLATE_NOOP("Findings", "no-break space before a unit"),
    "ellipsis": QT_TRANSLATE_NOOP("Findings", "ellipsis"),
    "digit-groups": QT_TRANSLATE_NOOP("Findings", "digit groups"),
    "apostrophe-elision": QT_TRANSLATE_NOOP("Findings", "apostrophe for left-out letters"),
    "apostrophe-after-markup": QT_TRANSLATE_NOOP("Findings", "apostrophe after bold or italics"),
    "single-quote-close": QT_TRANSLATE_NOOP("Findings", "closing single quote"),
    "single-quote-open": QT_TRANSLATE_NOOP("Findings", "opening single quote"),
    "em-dash-line-end": QT_TRANSLATE_NOOP("Findings", "dash before a line break"),
    "dash-line-end": QT_TRANSLATE_NOOP("Findings", "dash before a line break"),
    "superscript-units": QT_TRANSLATE_NOOP("Findings", "square or cubic unit"),
    "nbsp-abbreviations": QT_TRANSLATE_NOOP("Findings", "no-break space in an abbreviation"),
    "nbsp-century": QT_TRANSLATE_NOOP("Findings", "no-break space before «век»"),
}

# The language names (model.release.LANG_NAMES) as the finding sentences use
# them, for lupdate: in Russian they take the adjective's case («в английской версии»).
QT_TRANSLATE_NOOP("Findings", "English")
QT_TRANSLATE_NOOP("Findings", "Russian")


def _identity(_context: str, text: str) -> str:
    return text


def render(code: str, params: dict[str, Any], lang: str, translate=_identity) -> str:
    """The message for a finding; ``translate(context, text)`` localises templates."""
    template = TEMPLATES.get(code)
    if template is None:
        # A plugin's code (see the presspad.checks entry points) carries its own sentence.
        return str(params.get("message") or f"{code}: {params}")
    other = "ru" if lang == "en" else "en"
    if code == "typography":
        # A no-break space looks like any space; show it as ⍽ so the fix is visible.
        params = {k: v.replace("\u00a0", "⍽") if isinstance(v, str) else v
                  for k, v in params.items()}
        rule = params.get("rule")
        if rule in TYPOGRAPHY_RULES:
            params["rule"] = translate(CONTEXT, TYPOGRAPHY_RULES[rule])
    values = {
        "lang_name": translate(CONTEXT, LANG_NAMES.get(lang, lang)),
        "other_lang_name": translate(CONTEXT, LANG_NAMES.get(other, other)),
        **params,
    }
    try:
        return translate(CONTEXT, template).format(**values)
    except (KeyError, IndexError, ValueError):
        logger.warning("message template for %s lacks parameters: %s", code, params)
        return translate(CONTEXT, template)
