"""The Indonesian documentation is complete: every catalog entry translated, none stale.

The catalogs under ``docs/locale/id/LC_MESSAGES`` are refreshed by ``make docs-catalogs``
(Sphinx's gettext builder, then ``sphinx-intl update``). This test fails, naming the entries,
when an entry is untranslated or fuzzy, when an obsolete entry lingers, and when the catalogs
no longer match the English pages (text added or changed since the last refresh).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from sphinx.util.osutil import relative_uri

DOCS = Path(__file__).resolve().parent.parent / "docs"
CATALOGS = DOCS / "locale" / "id" / "LC_MESSAGES"
# Theme strings (furo's "Next", "On this page" ...), kept by hand; not a page's catalog.
THEME_CATALOG = "sphinx"


def _read(path: Path) -> Catalog:
    with path.open("rb") as f:
        return read_po(f)


def _catalogs() -> dict[str, Catalog]:
    return {
        p.relative_to(CATALOGS).with_suffix("").as_posix(): _read(p)
        for p in sorted(CATALOGS.rglob("*.po"))
    }


# A translation that Markdown reads as a list item or a quote ("1. Judul", "- x", "> x") no
# longer parses to the node it replaces, and Sphinx then silently keeps the English text.
BLOCK_START = re.compile(r"^(\d+[.)]\s|[-+*>]\s|#|%)")


def _short(text: str) -> str:
    return text if len(text) <= 70 else text[:67] + "..."


def test_every_entry_is_translated() -> None:
    catalogs = _catalogs()
    assert catalogs, f"no catalogs under {CATALOGS}"
    problems = []
    total = 0
    for name, catalog in catalogs.items():
        for message in catalog:
            if not message.id:
                continue  # the header
            total += 1
            if message.fuzzy:
                problems.append(f"{name}.po: fuzzy: {_short(str(message.id))!r}")
            elif not message.string:
                problems.append(f"{name}.po: untranslated: {_short(str(message.id))!r}")
            elif BLOCK_START.match(str(message.string)):
                problems.append(
                    f"{name}.po: starts like a Markdown block, escape it (e.g. '1\\. '): "
                    f"{_short(str(message.string))!r}"
                )
        problems.extend(
            f"{name}.po: obsolete: {_short(str(msgid))!r}" for msgid in catalog.obsolete
        )
    assert not problems, f"{len(problems)} of {total} catalog entries need work:\n" + "\n".join(
        problems
    )


def test_catalogs_match_the_english_pages(tmp_path: Path) -> None:
    """The catalogs hold exactly the messages the English pages have now."""
    build = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "gettext", str(DOCS), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    templates = {
        p.relative_to(tmp_path).with_suffix("").as_posix(): _read(p)
        for p in sorted(tmp_path.rglob("*.pot"))
    }
    catalogs = _catalogs()
    problems = [
        f"{name}.po: missing (page has no catalog)" for name in templates.keys() - catalogs.keys()
    ]
    problems += [
        f"{name}.po: the page is gone"
        for name in catalogs.keys() - templates.keys() - {THEME_CATALOG}
    ]
    for name in templates.keys() & catalogs.keys():
        wanted = {m.id for m in templates[name] if m.id}
        have = {m.id for m in catalogs[name] if m.id}
        problems += [
            f"{name}.po: not in catalog: {_short(str(i))!r}" for i in sorted(wanted - have)
        ]
        problems += [
            f"{name}.po: no longer on the page: {_short(str(i))!r}" for i in sorted(have - wanted)
        ]
    assert not problems, (
        "the catalogs are out of date; run `make docs-catalogs` and translate:\n"
        + "\n".join(problems)
    )


def test_readme_id_quick_start_runs_and_prints_what_it_shows() -> None:
    """The Indonesian README's quick start is real code with its real output."""
    readme = (DOCS.parent / "README.id.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", readme, re.S)
    shown = re.search(r"```text\n(.*?)```", readme, re.S)
    assert code, "README.id.md lost its quick-start code"
    assert shown, "README.id.md lost the quick start's output"
    done = subprocess.run(
        [sys.executable, "-c", code.group(1)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == shown.group(1)


def test_readmes_link_each_other() -> None:
    root = DOCS.parent
    assert "(README.id.md)" in (root / "README.md").read_text(encoding="utf-8")
    assert "(README.md)" in (root / "README.id.md").read_text(encoding="utf-8")


def _conf() -> Any:
    spec = importlib.util.spec_from_file_location("docs_conf", DOCS / "conf.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("language", "page", "url"),
    [
        ("en", "index", "id/index.html"),
        ("en", "tutorials/apbd", "../id/tutorials/apbd.html"),
        ("id", "index", "../index.html"),
        ("id", "tutorials/apbd", "../../tutorials/apbd.html"),
        (
            "id",
            "_modules/perangkat_daerah/sla/_deadline",
            "../../../../_modules/perangkat_daerah/sla/_deadline.html",
        ),
    ],
)
def test_language_switch_links_the_same_page(language: str, page: str, url: str) -> None:
    """English pages sit in html/, Indonesian ones in html/id/: the link crosses over."""
    app = SimpleNamespace(
        config=SimpleNamespace(language=language), builder=SimpleNamespace(out_suffix=".html")
    )
    context: dict[str, Any] = {
        "pathto": lambda target, resource=False: relative_uri(f"{page}.html", target)
    }
    _conf()._language_switch(app, page, "page.html", context, None)
    assert context["language_switch"]["url"] == url
    assert f'hreflang="{context["language_switch"]["lang"]}" href="{url}"' in context["metatags"]
