"""The one conformance test class that every rule file and every built-in region passes.

A *subject* is what is checked: the rule files it is read from and the region plugins
built from them. Subclass :class:`Conformance` and give it a parametrized ``subject``
fixture; every test below then runs for every subject::

    class TestMyRuleFile(Conformance):
        @pytest.fixture(params=[...])
        def subject(self, request): return Subject(...)

The rule-file suite (``tests/law/test_rule_files.py``) runs it over every file under
``src/perangkat_daerah/**/data/``; the region suite (``tests/regions/test_builtin.py``)
over every built-in region, with its data file and its plugin.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import attrs
import pytest

import perangkat_daerah
from perangkat_daerah import law, regions
from perangkat_daerah.law import RuleFileError, load_rule_file
from perangkat_daerah.regions import RegionPlugin
from perangkat_daerah.testing.plugins import check_plugin

SRC = Path(perangkat_daerah.__file__).parent
RULE_FILES: tuple[Path, ...] = tuple(
    sorted(p for p in SRC.glob("*/data/*.toml") if p.parent.parent.name != "contoh")
)  # contoh/data holds sample models (not law), read by the contoh package itself


def prefix_of(path: Path) -> str:
    """The rule-tree prefix of a rule file: ``package.file``."""
    return f"{path.parent.parent.name}.{path.stem}"


def builtin_file(kode: str) -> Path:
    """The rule file a built-in region is read from (``regions_builtin/data/<module>.toml``)."""
    module = regions.BUILTIN[kode].split(":")[0].rsplit(".", 1)[1]
    return SRC / "regions_builtin" / "data" / f"{module}.toml"


@attrs.frozen
class Subject:
    """What one parametrized run checks."""

    name: str
    files: tuple[Path, ...]
    plugins: tuple[RegionPlugin, ...] = ()
    """The region plugins built from ``files`` (none for a plain rule file)."""

    def __str__(self) -> str:
        return self.name


TYPO = (
    '\n[zz_typo]\ndescripton = "x"\nunit = "count"\n'
    '[[zz_typo.versions]]\nvalue = 1\nvalid_from = 2020-01-01\ncitations = ["PP 12/2019"]\n'
)


class Conformance:
    """The checks every rule file and every built-in region passes."""

    def test_has_rule_files(self, subject: Subject) -> None:
        assert subject.files, f"{subject}: read from no rule file"
        assert all(p in RULE_FILES for p in subject.files), subject.files

    def test_every_rule_is_described_dated_and_cited(self, subject: Subject) -> None:
        for path in subject.files:
            tables = law.rules(prefix_of(path))
            assert tables, f"{path} holds no rule"
            for key, table in tables.items():
                assert table.description.strip(), key
                # the description in Bahasa Indonesia too (what `rules` prints in --lang id)
                assert table.uraian.strip(), f"{key}: no uraian"
                assert table.uraian != table.description, f"{key}: uraian is the description"
                assert table.versions, key
                for v in table.versions:
                    assert isinstance(v.valid_from, date), key
                    assert v.citations or v.unverified, (
                        f"{key}: a verified version needs a citation"
                    )

    def test_versions_do_not_overlap(self, subject: Subject) -> None:
        for path in subject.files:
            for key, table in law.rules(prefix_of(path)).items():
                for a, b in itertools.pairwise(table.versions):
                    assert a.valid_until is not None, f"{key}: open version followed by another"
                    assert a.valid_until <= b.valid_from, f"{key}: versions overlap"

    def test_a_misspelt_key_names_the_file_and_the_key(self, subject: Subject) -> None:
        for path in subject.files:
            name = f"{path.parent.parent.name}/data/{path.name}"
            with pytest.raises(RuleFileError) as err:
                load_rule_file(path.read_text(encoding="utf-8") + TYPO, name, prefix_of(path))
            assert f"{name}:zz_typo.descripton: unknown field" in str(err.value)

    def test_every_plugin_keeps_the_contract(self, subject: Subject) -> None:
        for plugin in subject.plugins:
            assert check_plugin(plugin) == (), plugin
