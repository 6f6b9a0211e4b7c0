"""Every rule file of the package in the one schema, read by the one strict loader."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

import perangkat_daerah
from perangkat_daerah import law
from perangkat_daerah.law import RuleFileError, load_rule_file

SRC = Path(perangkat_daerah.__file__).parent
FILES = sorted(
    p for p in SRC.glob("*/data/*.toml") if p.parent.parent.name != "contoh"
)  # contoh/data holds sample models (not law), read by the contoh package itself


def _prefix(p: Path) -> str:
    return f"{p.parent.parent.name}.{p.stem}"


def test_every_data_file_is_a_rule_file() -> None:
    assert [_prefix(p) for p in FILES] == list(law.rule_files())
    assert len(FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=_prefix)
def test_file_loads_and_every_version_is_dated_and_cited(path: Path) -> None:
    tables = law.rules(_prefix(path))
    assert tables, f"{path} holds no rule"
    for key, table in tables.items():
        assert table.description.strip(), key
        assert table.versions, key
        for v in table.versions:
            assert isinstance(v.valid_from, date), key
            assert v.citations or v.unverified, f"{key}: a verified version needs a citation"
        for a, b in itertools.pairwise(table.versions):
            assert a.valid_until is not None, f"{key}: open version followed by another"
            assert a.valid_until <= b.valid_from, f"{key}: versions overlap"


@pytest.mark.parametrize("path", FILES, ids=_prefix)
def test_a_misspelt_key_names_the_file_and_the_key(path: Path) -> None:
    text = path.read_text(encoding="utf-8") + (
        '\n[zz_typo]\ndescripton = "x"\nunit = "count"\n'
        '[[zz_typo.versions]]\nvalue = 1\nvalid_from = 2020-01-01\ncitations = ["PP 12/2019"]\n'
    )
    name = f"{path.parent.parent.name}/data/{path.name}"
    with pytest.raises(RuleFileError) as err:
        load_rule_file(text, name, _prefix(path))
    assert f"{name}:zz_typo.descripton: unknown field" in str(err.value)


BAD_VERSIONS = """
[a]
description = "misspelt end date"
unit = "hari"
[[a.versions]]
value = 1
valid_from = 2020-01-01
valid_untill = 2021-01-01
citations = ["UU 11/2020"]

[b]
description = "overlapping versions"
unit = "hari"
versions = [
  { value = 1, valid_from = 2020-01-01, citations = ["UU 11/2020"] },
  { value = 2, valid_from = 2021-01-01, citations = ["UU 6/2023"] },
]

[c]
description = "verified without citation"
unit = "percent"
versions = [{ value = "0.1", valid_from = 2020-01-01 }]

[d]
description = "bad citation and unknown unit"
unit = "furlong"
versions = [{ value = 1, valid_from = 2020-01-01, citations = ["Pasal tanpa peraturan"] }]

[e]
note = "a value outside any rule"
"""


def test_every_problem_of_a_file_is_reported_at_once() -> None:
    with pytest.raises(RuleFileError) as err:
        load_rule_file(BAD_VERSIONS, "x/data/bad.toml", "x.bad")
    paths = [p.path for p in err.value.problems]
    assert "x/data/bad.toml:a.versions[0].valid_untill" in paths
    assert any(p.startswith("x/data/bad.toml:b.versions") for p in paths)
    assert "x/data/bad.toml:c.versions[0].citations" in paths
    assert "x/data/bad.toml:d.unit" in paths
    assert any(p.startswith("x/data/bad.toml:d.versions[0].citations") for p in paths)
    assert "x/data/bad.toml:e.note" in paths
    assert err.value.file == "x/data/bad.toml"


def test_the_inventory_reads_100_percent_with_a_validity_period() -> None:
    inv = law.inventory()
    assert inv.records >= inv.rules > 200
    assert inv.with_validity == inv.records
    assert inv.unverified < inv.records
    assert "100%" in inv.lines()[4]


def test_rules_are_addressed_by_path_with_a_date() -> None:
    assert law.value("sla.batas_waktu.ap_fiktif_positif", pada=date(2019, 1, 1)) == 10
    assert law.value("sla.batas_waktu.ap_fiktif_positif", pada=date(2026, 1, 1)) == 5
    with pytest.raises(KeyError, match="no rule 'nope'"):
        law.rule_table("sla.batas_waktu.nope")
    with pytest.raises(KeyError, match="no rule file"):
        law.rule_table("nowhere.nothing.x")


def test_loading_a_rule_file_does_not_import_its_package() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from perangkat_daerah import law; "
        "law.rules('organisasi.struktur'); "
        "print('perangkat_daerah.organisasi' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_rows_of_a_table_value_are_checked_key_by_key() -> None:
    law.check_rows("organisasi.eselon.eselon", "baris", ["peran", "provinsi", "kabupaten/kota"])
    with pytest.raises(RuleFileError) as err:
        law.check_rows("organisasi.eselon.eselon", "baris", ["peran", "provinsi"])
    first = err.value.problems[0]
    assert (
        first.path == "organisasi/data/eselon.toml:eselon.versions[0].value.baris[0].kabupaten/kota"
    )
    assert first.message == "unknown field"
    with pytest.raises(RuleFileError, match=r"plugin\.versions\[0\]\.value\.kalender\.libur"):
        law.check_rows("regions_builtin.aceh.plugin", "kalender", ["tahun_pertama"])
