"""Sphinx configuration: furo theme, MyST Markdown, autodoc of the public API."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform

import perangkat_daerah

project = "perangkat-daerah"
author = "perangkat-daerah contributors"
copyright = "2026, perangkat-daerah contributors"
release = perangkat_daerah.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist", "html_image"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "perangkat-daerah"
language = "en"

# Internationalisation: the Indonesian translation lives in gettext catalogs, one per page,
# under docs/locale/id/LC_MESSAGES/ (`make docs-catalogs` refreshes them; see CONTRIBUTING.md).
# No uuids and no source locations, so a refresh only changes what the text changed.
locale_dirs = ["locale/"]
gettext_compact = False
gettext_uuid = False
gettext_location = False

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
# No intersphinx: CI has no network, and the build must not depend on it.
nitpicky = False

# The Indonesian build lives in the `id/` subfolder of the English one (`make docs`).
# Each page links to the same page in the other language (the sidebar's language switch).
templates_path = ["_templates"]
html_sidebars = {
    "**": [
        "sidebar/brand.html",
        "sidebar/search.html",
        "sidebar/language.html",
        "sidebar/scroll-start.html",
        "sidebar/navigation.html",
        "sidebar/ethical-ads.html",
        "sidebar/scroll-end.html",
        "sidebar/variant-selector.html",
    ]
}
LANGUAGES = {"en": ("English", ""), "id": ("Bahasa Indonesia", "id/")}


def _language_switch(
    app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Give the template the link to this page in the other language."""
    here = app.config.language
    other = "id" if here == "en" else "en"
    up = "../" if LANGUAGES[here][1] else ""
    target = f"{up}{LANGUAGES[other][1]}{pagename}{app.builder.out_suffix}"
    url = context["pathto"](target, resource=True)
    context["language_switch"] = {
        "current": LANGUAGES[here][0],
        "label": LANGUAGES[other][0],
        "lang": other,
        "url": url,
    }
    context["metatags"] = (
        context.get("metatags", "") + f'\n<link rel="alternate" hreflang="{other}" href="{url}">'
    )


class _KeepInEnglish(SphinxTransform):
    """Leave API docstrings and the changelog out of the translation catalogs.

    The API reference generated from docstrings follows the code (``src/``) and the changelog
    follows every merge: translating either would make every code change a catalog change.
    Both stay English in the Indonesian build; the prose written in ``docs/`` is translated.
    Runs before Sphinx's ``Locale`` transform (priority 20), which then skips these nodes.
    """

    default_priority = 10

    def apply(self, **kwargs: Any) -> None:
        for node in self.document.findall(nodes.TextElement):
            source = node.source or ""
            if ":docstring of " in source or source.endswith("CHANGELOG.md"):
                node["translatable"] = False
        for entry in self.document.findall(addnodes.desc):
            for node in entry.findall(nodes.TextElement):
                node["translatable"] = False


def setup(app: Any) -> dict[str, Any]:
    app.add_transform(_KeepInEnglish)
    app.connect("html-page-context", _language_switch)
    return {"parallel_read_safe": True}
