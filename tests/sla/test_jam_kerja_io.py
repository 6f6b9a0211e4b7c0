"""Service hours survive a JSON round trip, with their rule, in every import order."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, time

import pytest

from perangkat_daerah import io, sla
from perangkat_daerah.errors import ValidationError


def test_perpres_hours_round_trip_with_their_rule() -> None:
    hours = sla.JamKerja.perpres(date(2026, 3, 2))
    back = io.from_json(io.to_json(hours), sla.JamKerja)
    assert back == hours
    assert back.rule is not None
    assert hours.rule is not None
    assert back.rule.citations == hours.rule.citations
    assert back.rule.unverified


def test_hours_without_a_rule_keep_the_compact_form() -> None:
    hours = sla.JamKerja.harian(time(8, 0), time(15, 0))
    assert io.unstructure(hours) == ["08:00-15:00"] * 5 + ["tutup", "tutup"]
    assert io.structure(io.unstructure(hours), sla.JamKerja) == hours


def test_bad_hours_name_every_field() -> None:
    with pytest.raises(ValidationError) as info:
        io.structure({"jendela": ["x"] * 7, "rule": {"value": 1}, "z": 1}, sla.JamKerja)
    paths = [p.path for p in info.value.problems]
    assert paths[:3] == ["z", "jendela[0]", "rule.value"]


def test_local_times_are_hh_mm_text_and_refuse_offsets() -> None:
    assert io.unstructure(time(7, 30)) == "07:30"
    assert io.structure("07:30", time) == time(7, 30)
    with pytest.raises(ValidationError, match="without offset"):
        io.structure("07:30+08:00", time)
    with pytest.raises(ValidationError, match="local time like 07:30"):
        io.structure("7h30", time)


def test_the_round_trip_does_not_depend_on_what_was_imported_first() -> None:
    code = (
        "import perangkat_daerah.pelayanan, perangkat_daerah.testing.plugins\n"
        "from datetime import date\n"
        "from perangkat_daerah import io, sla\n"
        "h = sla.JamKerja.perpres(date(2026, 3, 2))\n"
        "assert io.from_json(io.to_json(h), sla.JamKerja) == h\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"
