"""Fast start (issue 13): what a fresh process imports for the first calendar questions.

Each check runs in a new interpreter (``sys.modules`` of the test process is full already), so a
heavy import creeping back into ``import perangkat_daerah.calendar`` fails here, not only in
``benchmarks/startup.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

DOMAINS = (
    "akuntabilitas", "anggaran", "dokumen", "integrasi", "kepegawaian", "keterbukaan",
    "organisasi", "pelayanan", "pengadaan", "spbe", "urusan", "cli", "contoh",
)  # fmt: skip
NEVER_AT_IMPORT = (
    "holidays",
    "cattrs",
    "perangkat_daerah.io",
    "importlib.metadata",
    "perangkat_daerah.regions_builtin",
    *(f"perangkat_daerah.{d}" for d in DOMAINS),
)


def _loaded_after(code: str, watched: tuple[str, ...]) -> list[str]:
    """The ``watched`` modules present in ``sys.modules`` after running ``code`` afresh."""
    probe = (
        f"{code}\nimport json, sys\nprint(json.dumps([m for m in {watched!r} if m in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    loaded: list[str] = json.loads(out.stdout.splitlines()[-1])
    return loaded


def test_importing_the_calendar_imports_no_heavy_or_domain_module() -> None:
    assert _loaded_after("import perangkat_daerah.calendar", NEVER_AT_IMPORT) == []


def test_the_probe_would_see_a_heavy_import() -> None:
    # the check above is only worth something if the probe notices a module that is loaded
    assert _loaded_after("import perangkat_daerah.calendar, cattrs", NEVER_AT_IMPORT) == ["cattrs"]


def test_a_national_deadline_needs_no_estimates_package_nor_domain() -> None:
    code = (
        "from datetime import datetime, timedelta, timezone\n"
        "from perangkat_daerah.calendar import WorkCalendar\n"
        "from perangkat_daerah.sla import Duration, deadline\n"
        "deadline(datetime(2026, 4, 6, 9, tzinfo=timezone(timedelta(hours=7))),\n"
        "         Duration.working_days(14), WorkCalendar.national())"
    )
    # nor the SLA parts a single deadline does not use (clocks, bulk path, legal-limit modules)
    sla = ("_bulk", "_clock", "kip", "lapor", "pelayanan_publik", "administrasi_pemerintahan")
    watched = (
        "holidays",
        "importlib.resources",  # the package's data files are read as plain files
        *(f"perangkat_daerah.{d}" for d in DOMAINS),
        *(f"perangkat_daerah.sla.{m}" for m in sla),
    )
    assert _loaded_after(code, watched) == []


def test_the_lazy_sla_names_are_the_real_ones() -> None:
    from perangkat_daerah import sla
    from perangkat_daerah.sla import _clock, kip

    assert sla.ServiceClock is _clock.ServiceClock
    assert sla.kip is kip
    assert set(sla.__all__) <= set(dir(sla))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        sla.nothing  # noqa: B018


@pytest.mark.parametrize("kode", ["51", "91"])
def test_a_regional_calendar_does_not_import_the_domains_its_plugin_feeds(kode: str) -> None:
    # Bali and Papua contribute organisasi (and Papua anggaran) rules: built when consulted
    code = (
        "from datetime import date\n"
        "from perangkat_daerah.calendar import WorkCalendar\n"
        f"WorkCalendar.for_region({kode!r}).add_working_days(date(2026, 3, 17), 1)"
    )
    watched = ("holidays", "perangkat_daerah.anggaran", "perangkat_daerah.organisasi")
    assert _loaded_after(code, watched) == []


def test_io_hooks_registered_before_io_is_imported_still_apply() -> None:
    # calendar and sla register their io hooks without importing io; importing io later
    # must still give their JSON forms (not cattrs' default, which would fail or differ)
    code = (
        "from datetime import datetime, timedelta, timezone\n"
        "from perangkat_daerah.calendar import WorkCalendar\n"
        "import sys\n"
        "assert 'perangkat_daerah.io' not in sys.modules\n"
        "from perangkat_daerah.sla import Deadline, Duration, JamKerja, deadline, jam_kerja_daerah\n"
        "from perangkat_daerah import io\n"
        "cal = WorkCalendar.for_region('51')\n"
        "assert io.from_json(io.to_json(cal), WorkCalendar) == cal\n"
        "d = deadline(datetime(2026, 4, 6, 9, tzinfo=timezone(timedelta(hours=7))),\n"
        "             Duration.working_days(14), cal)\n"
        "back = io.from_json(io.to_json(d), Deadline)\n"
        "assert back.due == d.due and back.trace == d.trace\n"
        "jam = jam_kerja_daerah('51', d.due.date())\n"
        "assert io.from_json(io.to_json(jam), JamKerja) == jam\n"
        "print(io.to_json(cal, indent=None))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.splitlines()[0] == (
        '{"daerah": "51", "cuti_bersama": true, "minggu_kerja": null, "estimates": false}'
    )


def test_looking_up_one_rule_file_agrees_with_the_listing() -> None:
    # law._split checks the one file a path needs instead of listing every package's data
    from perangkat_daerah.law import _tree

    assert all(_tree._is_rule_file(f) for f in _tree.rule_files())
    for missing in ("calendar.nope", "contoh.x", "nope.nope", "calendar.", ".x", "a/b.c"):
        assert not _tree._is_rule_file(missing), missing
