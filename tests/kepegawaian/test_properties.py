"""Property tests: retirement dates, monotone sanctions, leave balances, JSON round trips."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.io import from_json, to_json
from perangkat_daerah.kepegawaian import (
    BukuCuti,
    LeaveRefusedError,
    Pangkat,
    Pensiun,
    hukuman_ketidakhadiran,
    pensiun,
)
from perangkat_daerah.organisasi import Jabatan, Nip, Pegawai
from perangkat_daerah.testing import catatan_ketidakhadiran, jabatan_asn, nips, pangkat

CAL = WorkCalendar.national()


@given(nips(), jabatan_asn())
def test_retirement_never_precedes_birth_plus_the_limit(nip: Nip, jab: Jabatan) -> None:
    p = pensiun(nip, jab)
    born = nip.tanggal_lahir
    assert p.tanggal_bup >= date(born.year + p.usia, born.month, 1)
    assert p.tanggal_bup.year - born.year == p.usia
    assert p.tanggal_bup < p.tmt_pensiun
    assert p.tmt_pensiun.day == 1
    assert (p.tmt_pensiun - p.tanggal_bup).days <= 31
    assert p.akhir_jabatan == p.tmt_pensiun - timedelta(days=1)
    assert from_json(to_json(p), Pensiun) == p


DAYS_2026 = st.integers(0, 364).map(lambda i: date(2026, 1, 1) + timedelta(days=i))


@given(catatan_ketidakhadiran(2026), st.sets(DAYS_2026, max_size=15))
def test_more_absence_never_lowers_the_sanction(base: frozenset[date], more: set[date]) -> None:
    a = hukuman_ketidakhadiran(base, CAL, 2026)
    b = hukuman_ketidakhadiran(base | more, CAL, 2026)
    assert a.peringkat <= b.peringkat
    assert a.jumlah_hari <= b.jumlah_hari
    assert len(a.berturut_turut) <= len(b.berturut_turut)


REQUESTS = st.lists(st.tuples(DAYS_2026, st.integers(0, 20)), max_size=12)


@given(REQUESTS, st.integers(0, 12))
def test_the_leave_balance_never_goes_negative(requests: list[tuple[date, int]], sisa: int) -> None:
    buku = BukuCuti(Pegawai(Nip("19850310 201001 2 004"), "Rina"), tahun_awal=2026, sisa_awal=sisa)
    for start, length in requests:
        end = min(start + timedelta(days=length), date(2026, 12, 31))
        with contextlib.suppress(LeaveRefusedError):
            buku = buku.ajukan("tahunan", start, end, CAL)
        assert buku.saldo(2026) >= 0
    assert buku.mutasi(2026, CAL)[-1].saldo == buku.saldo(2026)
    assert from_json(to_json(buku), BukuCuti) == buku


@given(pangkat(), pangkat())
def test_the_ladder_is_a_total_order(a: Pangkat, b: Pangkat) -> None:
    assert (a < b) == (a.tingkat < b.tingkat)
    assert (a <= b) or (b <= a)
    assert from_json(to_json(a), Pangkat) == a
    nxt = a.berikutnya()
    assert nxt is None or (nxt > a and nxt.tingkat == a.tingkat + 1)
