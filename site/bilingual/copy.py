"""The shapes of demo copy that more than one section hands to its demo module: each text a
{"ar": …, "en": …} dict (see bilingual.pages.build_page)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class IndexCopy:
    """A section's index page: the partners, the innovations or the newsroom."""

    slug: dict
    title: dict
    intro: dict


@dataclass(frozen=True)
class LabelCopy:
    """A snippet named in both languages under one Latin slug (a theme, a tag)."""

    slug: str
    title: dict
