"""Region budget rules (AturanPorsi through ANGGARAN_HOOK), evaluated by check_rules.

The regions and decrees here are invented to exercise the mechanism: the reference gives no
figure for any real region's earmark (Otsus, Dana Keistimewaan), so none is encoded.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from fractions import Fraction

import pytest

from perangkat_daerah import contoh, io, regions, wilayah
from perangkat_daerah.anggaran import (
    ANGGARAN_HOOK,
    APBD,
    AturanAnggaranDaerah,
    AturanPorsi,
    BarisAnggaran,
    LineSelector,
    RuleCheck,
    Status,
    check_rules,
)
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Rule
from perangkat_daerah.testing.plugins import check_plugin

KAB = wilayah.KodeWilayah("32.98")
PROVIDER = wilayah.StaticProvider(
    [wilayah.Daerah(KAB, "Kabupaten Uji Anggaran", "kabupaten", "WIB", fiktif=True)]
)
PERGUB = "Pergub Uji 5/2025"
PU = "1.03.03.2.01.0001"
DINKES = "1.02.02.2.01.0001"


def _porsi(*, kab_kota: bool = False, mulai: date = date(2026, 1, 1)) -> AturanPorsi:
    return AturanPorsi(
        "dana_uji_pu_min",
        Rule(Fraction(1, 2), mulai, citations=[PERGUB]),
        basis=LineSelector(sumber_dana=("Dana Uji",)),
        bagian=LineSelector(bidang_urusan=("1.03",)),
        kab_kota=kab_kota,
    )


def _province(rule: AturanPorsi) -> regions.RegionPlugin:
    return regions.RegionPlugin(
        "32",
        "Jawa Barat (test)",
        contributions={ANGGARAN_HOOK: AturanAnggaranDaerah(aturan=[rule])},
    )


@pytest.fixture
def provider() -> Iterator[None]:
    wilayah.register_provider(PROVIDER)
    try:
        yield
    finally:
        wilayah.unregister_provider(PROVIDER)


def _apbd(daerah: str, tahun: int, pu: int, other: int) -> APBD:
    return APBD(
        daerah,
        tahun,
        [
            BarisAnggaran("4.1.01.01.01.0001", pu + other, "BKAD"),
            BarisAnggaran("5.2.04.01.01.0001", pu, "PUPR", sub_kegiatan=PU, sumber_dana="Dana Uji"),
            BarisAnggaran(
                "5.2.02.05.01.0001", other, "Dinkes", sub_kegiatan=DINKES, sumber_dana="Dana Uji"
            ),
            BarisAnggaran("5.2.04.01.01.0001", 999, "PUPR", sub_kegiatan=PU, sumber_dana="DAU"),
        ],
    )


def _region_check(apbd: APBD) -> list[RuleCheck]:
    return [
        c for c in check_rules(apbd, batas_defisit=Fraction(1)) if c.aturan == "dana_uji_pu_min"
    ]


@pytest.mark.parametrize(
    ("pu", "other", "status"), [(4999, 5001, Status.BREACH), (5000, 5000, Status.COMPLIANT)]
)
def test_a_province_rule_is_judged_on_its_own_apbd(pu: int, other: int, status: Status) -> None:
    plugin = _province(_porsi())
    regions.register(plugin)
    try:
        checks = check_rules(_apbd("32", 2026, pu, other), batas_defisit=Fraction(1))
    finally:
        regions.unregister(plugin)
    national, (own,) = checks[:6], checks[6:]
    assert [c.aturan for c in national][-1] == "defisit_max"
    assert own.aturan == "dana_uji_pu_min"
    assert own.status is status
    assert own.share == Fraction(pu, pu + other)  # the DAU-funded PU line is outside the basis
    assert own.threshold == Fraction(1, 2)
    assert [str(c) for c in own.citations] == [PERGUB]
    assert "from region plugin 32 Jawa Barat (test)" in own.note


def test_region_rules_can_be_left_out_and_need_their_period() -> None:
    plugin = _province(_porsi(mulai=date(2027, 1, 1)))
    regions.register(plugin)
    try:
        apbd = _apbd("32", 2026, 1, 9)
        (early,) = _region_check(apbd)
        assert len(check_rules(apbd, batas_defisit=Fraction(1), region_rules=False)) == 6
        empty = APBD("32", 2027, [BarisAnggaran("4.1.01.01.01.0001", 1, "BKAD")])
        (unassessed,) = _region_check(empty)
    finally:
        regions.unregister(plugin)
    assert early.status is Status.NOT_APPLICABLE
    assert unassessed.status is Status.NOT_ASSESSED


@pytest.mark.usefixtures("provider")
@pytest.mark.parametrize("kab_kota", [False, True])
def test_a_province_rule_binds_its_kab_kota_only_when_it_says_so(kab_kota: bool) -> None:
    plugin = _province(_porsi(kab_kota=kab_kota))
    regions.register(plugin)
    try:
        found = _region_check(_apbd(KAB.kode, 2026, 1, 9))
    finally:
        regions.unregister(plugin)
    assert len(found) == int(kab_kota)


def test_the_example_plugin_adds_its_invented_rule_to_the_sample_apbd() -> None:
    (own,) = [c for c in check_rules(contoh.apbd()) if c.aturan == "dak_pekerjaan_umum_min"]
    assert own.status is Status.COMPLIANT
    assert own.share == Fraction(360, 450)  # DAK belanja 450 bn, of which PU 360 bn
    assert own.basis == "Perbup Sukamaju 9/2025 tentang Prioritas Belanja DAK"


def test_region_rules_round_trip_and_conform() -> None:
    rules = AturanAnggaranDaerah(aturan=[_porsi(kab_kota=True)])
    assert io.from_json(io.to_json(rules), AturanAnggaranDaerah) == rules
    assert check_plugin(_province(_porsi()), registered=False) == ()


def test_bad_region_rules_name_the_field() -> None:
    share = Rule(Fraction(3, 2), date(2026, 1, 1), citations=[PERGUB])
    with pytest.raises(ValidationError, match=r"batas.value: a share is between 0 and 1"):
        AturanPorsi("x_min", share, basis=LineSelector(), bagian=LineSelector())
    with pytest.raises(ValidationError, match="nama: expected an identifier"):
        AturanPorsi("x min", _porsi().batas, basis=LineSelector(), bagian=LineSelector())
    with pytest.raises(ValidationError, match="expected a list of text"):
        LineSelector(sumber_dana="DAK")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"aturan\[0\]: expected a AturanPorsi"):
        AturanAnggaranDaerah(aturan=["x"])  # type: ignore[list-item]
    with pytest.raises(ValidationError, match="citations: a verified rule needs"):
        Rule(Fraction(1, 2), date(2026, 1, 1))
