"""The babel locales ClaimDesk can load, with every parent babel merges them with.

A letter is written in one of ``LANGUAGES`` with the conventions of the company's country, so the
bundle needs ``locale_name(language, country)`` for every pair, plus each bare language (the
fallback for a pair babel does not know), plus the parents babel loads underneath them. The spec
keeps only these files of babel's ``locale-data``; ``bundle_selfcheck`` formats in all of them.
"""

from __future__ import annotations


def countries() -> list[str]:
    from claimdesk.domain.model import JURISDICTIONS

    return sorted({j.split("-")[0] for j in JURISDICTIONS})


def languages() -> list[str]:
    from claimdesk.domain.model import LANGUAGES

    return list(LANGUAGES)


def used_locales() -> list[str]:
    """Locale names ClaimDesk asks babel for, as ``claimdesk.i18n.formats`` resolves them."""
    from claimdesk.i18n.formats import locale_name

    names = set(languages())
    names.update(locale_name(lang, country) for lang in languages() for country in countries())
    return sorted(names)


def parent_chain(name: str) -> list[str]:
    """``name`` and each locale babel merges under it, down to ``root`` (as babel.localedata.load)."""
    from babel.core import get_global

    exceptions = get_global("parent_exceptions")
    chain = [name]
    while name != "root":
        parent = exceptions.get(name)
        if not parent:
            parts = name.split("_")
            parent = "root" if len(parts) == 1 else "_".join(parts[:-1])
        chain.append(parent)
        name = parent
    return chain


def needed_files() -> list[str]:
    """File names in babel's ``locale-data`` that the bundle keeps."""
    names = {n for loc in used_locales() for n in parent_chain(loc)}
    return sorted(f"{n}.dat" for n in names)


if __name__ == "__main__":
    print("\n".join(needed_files()))
