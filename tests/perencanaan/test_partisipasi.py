"""Participation records: Musrenbang, pokok-pokok pikiran, forum konsultasi publik
(reference perencanaan.md sections 1.3 M8-M11, 2.4 and 6)."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from perangkat_daerah import contoh
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Severity
from perangkat_daerah.perencanaan import (
    Musrenbang,
    Peserta,
    PokokPikiran,
    StatusUsulan,
    TingkatMusrenbang,
    Usulan,
    cek_forum_konsultasi,
    lacak_usulan,
    rekap_usulan,
    tanggal_musrenbang,
)


def test_levels_map_to_the_stages_in_legal_order() -> None:
    siklus = contoh.siklus_perencanaan()
    keys = [t.key for t in siklus.tahapan]
    order = [keys.index(t.tahap) for t in TingkatMusrenbang]
    assert order == sorted(order)


def test_recap_counts_every_proposal_once() -> None:
    events = contoh.musrenbang()
    rekap = rekap_usulan(events)
    assert sum(rekap.values()) == sum(len(e.usulan) for e in events) == 10
    assert rekap[("infrastruktur", StatusUsulan.DITOLAK)] == 1
    assert next(iter(rekap)) == ("ekonomi", StatusUsulan.DITOLAK)


def test_every_accepted_sample_proposal_reaches_the_rkpd() -> None:
    codes = [p.kode for p in contoh.rkpd().program]
    assert lacak_usulan(contoh.musrenbang(), codes) == ()
    found = lacak_usulan(contoh.musrenbang(), [c for c in codes if c != "1.03.03"])
    assert [f.path for f in found] == ["desa/kelurahan Desa Cikaret: usulan[1]"]
    assert found[0].severity is Severity.WARNING


def test_a_rejected_proposal_needs_a_reason_and_participants_are_counted() -> None:
    with pytest.raises(ValidationError, match="alasan"):
        Usulan("Pasar", "ekonomi", "ditolak")
    with pytest.raises(ValidationError, match="jumlah"):
        Peserta("perempuan", 0)
    with pytest.raises(ValueError, match="rt"):
        Musrenbang("rt", "RT 01", date(2026, 1, 5), [])
    assert Usulan("Pasar", "ekonomi", "ditunda").status is StatusUsulan.DITUNDA


def test_pokir_after_the_default_deadline_is_a_flagged_warning() -> None:
    batas = contoh.siklus_perencanaan().tahap("pokir_dprd").deadline
    [pokir] = contoh.pokok_pikiran()
    assert pokir.check(batas) == ()
    [f] = attrs.evolve(pokir, tanggal=date(2026, 3, 30)).check(batas)
    assert f.unverified
    assert f.severity is Severity.WARNING
    assert str(f.citations[0]) == "Permendagri 86/2017 Pasal 78 ayat (2)"
    assert isinstance(pokir, PokokPikiran)


def test_a_service_standard_needs_a_forum_konsultasi_publik() -> None:
    standar = {s.kode: s for s in contoh.standar_pelayanan()}
    forums = contoh.forum_konsultasi_publik()
    assert cek_forum_konsultasi(standar["sukamaju-akta-kelahiran"], forums) == ()
    [f] = cek_forum_konsultasi(standar["sukamaju-pbg"], forums)
    assert f.severity is Severity.ERROR
    assert f.path == "sukamaju-pbg"
    assert str(f.citations[0]) == "UU 25/2009 Pasal 20 ayat (2)"


def test_sample_stage_dates_agree_with_its_musrenbang_events() -> None:
    held = tanggal_musrenbang(contoh.musrenbang())
    actual = contoh.pelaksanaan_perencanaan()
    assert held == {k: actual[k] for k in held}
    assert set(held) == {"musrenbang_desa", "musrenbang_kecamatan", "musrenbang_kabkota"}
