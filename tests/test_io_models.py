"""Every public model round-trips through io, or is refused with NotSerializableError
(documented in docs/reference/io.md). The samples come from the sample data and from the
library's own computations on it (tests/fuzz/model_samples.py): up to 20 instances of each
class, so that optional fields are seen both empty and filled."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fuzz"))

import attrs
from fuzz_targets import instances, model_classes

from perangkat_daerah import io, regions
from perangkat_daerah.anggaran import SiklusAPBD
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import NotSerializableError
from perangkat_daerah.law import Rule, RuleTable
from perangkat_daerah.perencanaan import SiklusPerencanaan
from perangkat_daerah.sla import ComplianceTable, Deadline

INSTANCES = instances(20)
SAMPLES = {cls: found[0] for cls, found in INSTANCES.items()}
PUBLIC = model_classes()
COVERED = [c for c in PUBLIC if c in SAMPLES]
REFUSED = {
    SiklusAPBD: "behaviour bound to a calendar object: rebuilt with SiklusAPBD.build",
    SiklusPerencanaan: "holds a SiklusAPBD: rebuilt with SiklusPerencanaan.build",
    ComplianceTable: "a bulk result of numpy arrays, equal only to itself: write rows()",
    **dict.fromkeys(
        (regions.RegionPlugin, regions.PluginInfo, regions.Layer, regions.Resolution, regions.Hook),
        "a plugin and the registry's entries are behaviour: store the kode",
    ),
}


def _reread_by_json(x: Any) -> bool:
    """Values that read back to the same JSON but not (always) to an equal object:

    - a ``WorkCalendar`` is rebuilt from its recipe: the same answers, not the same object
      (equal only while the rebuilt one comes from the calendar cache);
    - a ``Deadline`` whose rule holds a typed value, and what holds one (see
      :func:`_holds_typed_rule`).
    """
    return isinstance(x, WorkCalendar) or _holds_typed_rule(x)


def _holds_typed_rule(x: Any) -> bool:
    """A ``Deadline`` whose rule value is an object (the pengadaan objection deadlines hold a
    private ``_Batas``), or a model holding one (``JadwalSanggah``). ``Deadline.rule`` is
    ``Rule[Any]``, so the value reads back as plain data; making it typed is a design change
    in sla/pengadaan, not an io fix (reported; docs/reference/io.md)."""
    if isinstance(x, Deadline):
        return x.rule is not None and attrs.has(type(x.rule.value))
    return attrs.has(type(x)) and any(
        _holds_typed_rule(getattr(x, f.name)) for f in attrs.fields(type(x))
    )


def _target(cls: type[Any], sample: Any) -> Any:
    if cls is Rule:
        return Rule[type(sample.value)]  # type: ignore[misc]
    if cls is RuleTable:
        return RuleTable[type(sample.latest.value)]  # type: ignore[misc]
    return cls


def test_every_public_model_has_a_sample() -> None:
    assert [c.__name__ for c in PUBLIC if c not in SAMPLES] == []


@pytest.mark.parametrize("cls", COVERED, ids=[c.__name__ for c in COVERED])
def test_round_trip(cls: type[Any]) -> None:
    if cls in REFUSED:
        with pytest.raises(NotSerializableError):
            io.to_json(SAMPLES[cls])
        with pytest.raises(NotSerializableError):
            io.from_json("{}", cls)
        return
    for sample in INSTANCES[cls]:
        back = io.from_json(io.to_json(sample), _target(cls, sample))
        if _reread_by_json(sample):
            assert io.to_json(back) == io.to_json(sample)
        else:
            assert back == sample


def test_the_json_only_exceptions_are_the_known_ones() -> None:
    lossy = {type(x) for c in COVERED for x in INSTANCES[c] if _reread_by_json(x)} - set(REFUSED)
    assert {c.__name__ for c in lossy} == {"WorkCalendar", "Deadline", "JadwalSanggah"}


def test_behaviour_is_refused_with_a_typed_error() -> None:
    with pytest.raises(NotSerializableError, match="SiklusAPBD"):
        io.from_json("{}", SiklusAPBD)
    with pytest.raises(NotSerializableError, match=r"SiklusPerencanaan\.build"):
        io.to_json(SAMPLES[SiklusPerencanaan])
    with pytest.raises(NotSerializableError, match=r"ComplianceTable.*rows\(\)"):
        io.to_json(SAMPLES[ComplianceTable])
    plugin = regions.plugin_for("51").plugin
    with pytest.raises(NotSerializableError, match="RegionPlugin"):
        io.to_json(plugin)
    with pytest.raises(NotSerializableError, match="RegionPlugin"):  # read: not built from JSON
        io.from_json('{"kode": "51", "nama": "Bali"}', regions.RegionPlugin)
    with pytest.raises(NotSerializableError, match="Resolution"):  # a generic alias too
        io.from_json("{}", regions.Resolution[int])
    with pytest.raises(NotSerializableError):
        io.to_json(object())
