"""Every rule file of the package in the one schema, read by the one strict loader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.law.conformance import RULE_FILES, Conformance, Subject, prefix_of

from perangkat_daerah import law
from perangkat_daerah.law import RuleFileError, load_rule_file

FILES = RULE_FILES


class TestRuleFile(Conformance):
    """Every rule file of the package passes the shared conformance checks."""

    @pytest.fixture(params=FILES, ids=prefix_of)
    def subject(self, request: pytest.FixtureRequest) -> Subject:
        path: Path = request.param
        return Subject(prefix_of(path), (path,))


def test_every_data_file_is_a_rule_file() -> None:
    assert [prefix_of(p) for p in FILES] == list(law.rule_files())
    assert len(FILES) >= 20


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
