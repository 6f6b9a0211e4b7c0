"""Sphinx configuration: furo theme, MyST Markdown, autodoc of the public API."""

from __future__ import annotations

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

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
# No intersphinx: CI has no network, and the build must not depend on it.
nitpicky = False
