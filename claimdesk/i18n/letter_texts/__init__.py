"""Every string of a claim letter, in each letter language (one module per language).

The letter language is chosen per claim, independently of the interface language. A module may
adjust some texts to the company's country in ``BY_COUNTRY`` (a Canadian letter closes "Yours
truly,"); German for a Swiss company drops ß (Swiss Standard German writes ss).
"""

from __future__ import annotations

import importlib
from functools import cache

from ...domain.model import LANGUAGES


@cache
def texts(language: str, country: str = "") -> dict[str, str]:
    if language not in LANGUAGES:
        raise ValueError(f"no letter texts for language {language!r}")
    module = importlib.import_module(f"{__name__}.{language}")
    table = dict(module.TEXTS)
    table.update(importlib.import_module(f"{__name__}.sla").TEXTS[language])  # the contract's service levels
    table.update(getattr(module, "BY_COUNTRY", {}).get(country, {}))
    if language == "de" and country == "CH":
        table = {k: v.replace("ß", "ss") for k, v in table.items()}
    return table


def missing_keys() -> dict[str, set[str]]:
    """Keys some language lacks compared with English (the reference); empty when complete."""
    reference = set(texts("en"))
    return {lang: reference - set(texts(lang)) for lang in LANGUAGES if reference - set(texts(lang))}


@cache
def default_channels() -> dict[str, str]:
    """The channel names the app supplies (the demo's, the company assistant's defaults) in any
    letter language, each mapped to its key: a letter prints them in its own language."""
    names = {}
    for language in LANGUAGES:
        for key, text in texts(language).items():
            if key.startswith("channel."):
                names[text.casefold()] = key
    return names
