"""The fuzz targets: every public parser and loader with a hypothesis strategy of hostile input.

Each target is a function that either returns a value or raises the library's own error
(:class:`~perangkat_daerah.errors.PerangkatDaerahError`); anything else is a bug. Used by
``test_fuzz.py`` (a few examples each, in ``make test``) and ``run.py`` (``make fuzz``, many
examples each and a table of the outcomes).
"""

from __future__ import annotations

import contextlib
import importlib
import io as stdio
import json
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

import attrs
from hypothesis import strategies as st

from perangkat_daerah import contoh, io
from perangkat_daerah import testing as strategies
from perangkat_daerah.anggaran import (
    APBD,
    KodeKegiatan,
    KodeRekening,
    read_csv,
    read_realisasi_csv,
)
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.cli import main
from perangkat_daerah.errors import PerangkatDaerahError
from perangkat_daerah.law import Citation
from perangkat_daerah.money import Rupiah
from perangkat_daerah.organisasi import Nik, Nip
from perangkat_daerah.pelayanan import SKM
from perangkat_daerah.wilayah import KodeWilayah, StaticProvider

# -- hostile text ------------------------------------------------------------------------------

NUMBERISH = "0123456789.,-+_eE Rp\u00a0\u0661\u0662\uff11\u09e8\t"
"""Digits, separators, signs, exponent letters, look-alike digits (Arabic-Indic, full-width,
Bengali), a no-break space and a tab."""

CSVISH = "abc0123456789.,;-=+@\"'\r\n\t\x00\ufeff\u0661 "

text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=NUMBERISH, max_size=40),
    st.sampled_from(
        ["1" * 5000, "9" * 31, "1e99999999", "1E+99999999", "NaN", "-Infinity", "[" * 2000, ""]
    ),
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=12,
)


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _leaves(v, (*path, i))


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, head: _replace(data[head], rest, value)}
    copy = list(data)
    copy[head] = _replace(data[head], rest, value)
    return copy


@st.composite
def near(draw: st.DrawFn, valid: st.SearchStrategy[str]) -> str:
    """A valid text, as is or with one character inserted, deleted or replaced."""
    s = draw(valid)
    how = draw(st.sampled_from(["keep", "insert", "delete", "replace"]))
    if how == "keep":
        return s
    i = draw(st.integers(0, len(s)))
    c = draw(st.sampled_from(NUMBERISH + "/()aZ"))
    if how == "insert":
        return s[:i] + c + s[i:]
    if how == "delete" or i == len(s):
        return s[:i] + s[i + 1 :]
    return s[:i] + c + s[i + 1 :]


def fuzzed(valid: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Hostile text, half of it close to valid input."""
    return st.one_of(near(valid), text)


@st.composite
def mutated(draw: st.DrawFn, sample: Any) -> str:
    """The JSON of ``sample`` with one node (a field, an item, or the whole) replaced."""
    if draw(st.integers(0, 4)) == 0:
        return json.dumps(sample)
    paths = list(_leaves(sample))
    path = draw(st.sampled_from(paths[:200]))
    return json.dumps(_replace(sample, path, draw(json_values)))


# -- model classes and their samples -------------------------------------------------------------

PACKAGES = (
    "law",
    "regions",
    "wilayah",
    "calendar",
    "sla",
    "money",
    "pelayanan",
    "organisasi",
    "anggaran",
    "akuntabilitas",
    "urusan",
    "spbe",
    "keterbukaan",
    "kepegawaian",
    "pengadaan",
    "perencanaan",
)


def model_classes() -> list[type[Any]]:
    """Every attrs class a public package exports."""
    found: dict[type[Any], None] = {}
    for name in PACKAGES:
        module = importlib.import_module(f"perangkat_daerah.{name}")
        for attr in getattr(module, "__all__", ()):
            obj = getattr(module, attr)
            if isinstance(obj, type) and attrs.has(obj):
                found[obj] = None
    return list(found)


def samples() -> dict[type[Any], Any]:
    """One instance of each model class found in the sample data (:mod:`perangkat_daerah.contoh`)
    and in what the library computes from it (the first one found)."""
    return {cls: found[0] for cls, found in instances(1).items()}


def instances(most: int = 20) -> dict[type[Any], list[Any]]:
    """Up to ``most`` distinct instances of each model class, in the order found."""
    out: dict[type[Any], list[Any]] = {}

    def walk(x: Any, depth: int) -> None:
        if depth > 10:
            return
        if attrs.has(type(x)):
            found = out.setdefault(type(x), [])
            if len(found) < most and all(x is not y for y in found):
                found.append(x)
            for f in attrs.fields(type(x)):
                walk(getattr(x, f.name), depth + 1)
        elif isinstance(x, (list, tuple, frozenset, set)):
            for y in list(x)[:20]:
                walk(y, depth + 1)
        elif isinstance(x, dict) or (hasattr(x, "values") and hasattr(x, "keys")):
            for y in list(x.values())[:20]:
                walk(y, depth + 1)

    for name in contoh.__all__:
        maker = getattr(contoh, name)
        if not isinstance(maker, type):  # the sample factories, not the classes beside them
            walk(maker(), 0)
    for root in _computed_roots():
        walk(root, 0)
    return out


def _computed_roots() -> Iterator[Any]:
    """Values the library computes from the samples; a maker that fails is an error."""
    import model_samples  # beside this file (on sys.path wherever the samples are used)

    from perangkat_daerah import anggaran, calendar, pelayanan, sla

    makers: list[Callable[[], Any]] = [
        lambda: WorkCalendar.for_region("51"),
        lambda: calendar.WorkCalendar.national().holidays(2026),
        lambda: contoh.skm().ikm(),
        lambda: anggaran.check_rules(contoh.apbd()),
        lambda: contoh.realisasi().laporan_semester_i(),
        lambda: contoh.realisasi().overruns(),
        lambda: pelayanan.katalog_layanan(),
        lambda: pelayanan.bidang_spm(),
        lambda: pelayanan.semua_penggantian(),
        lambda: sla.deadline(
            datetime(2026, 3, 16, 9, tzinfo=timezone(timedelta(hours=8))),
            sla.Duration.working_days(3),
            WorkCalendar.for_region("51"),
        ),
    ]
    for make in makers:
        yield make()
    yield from model_samples.computed()


def _plain(sample: Any) -> Any:
    with contextlib.suppress(Exception):
        return json.loads(io.to_json(sample))
    return {}


# -- targets ---------------------------------------------------------------------------------------


@attrs.frozen
class Target:
    name: str
    strategy: st.SearchStrategy[Any]
    call: Callable[[Any], object]


class CliRefusedError(PerangkatDaerahError):
    """The command line refused its arguments: one line on stderr and exit status 2."""


def _cli(argv: list[str]) -> object:
    sink, err = stdio.StringIO(), stdio.StringIO()
    try:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(err):
            code = main(argv, out=sink)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code  # type: ignore[assignment]
    if code == 0:
        return code
    lines = err.getvalue().splitlines()
    one_line = len(lines) == 1 and lines[0].startswith("perangkat-daerah")
    if code == 2 and one_line and ": error: " in lines[0]:
        raise CliRefusedError(lines[0])
    raise AssertionError(f"exit {code} with stderr {err.getvalue()!r}")


_COMMANDS = st.sampled_from(["wilayah", "cite", "plugins", "--version", "-h", "nope", "demo"])

_APBD_HEADER = "fase,akun,kode_rekening,sub_kegiatan,perangkat_daerah,jumlah,sumber_dana,tags\n"
_REAL_HEADER = "kode_rekening,sub_kegiatan,perangkat_daerah,bulan,jumlah\n"
_SKM_HEADER = "responden,U1,U2,U3,U4,U5,U6,U7,U8,U9,umur\n"
_WIL_HEADER = "kode,nama,jenis\n"


def _csv(header: str) -> st.SearchStrategy[str]:
    cell = st.one_of(st.text(alphabet=CSVISH, max_size=12), text)
    row = st.lists(cell, min_size=0, max_size=10).map(",".join)
    body = st.lists(row, max_size=5).map(lambda rows: "\n".join(rows))
    return st.one_of(
        body.map(lambda b: header + b),
        body.map(lambda b: header.replace(",", ";") + b.replace(",", ";")),
        st.text(alphabet=CSVISH, max_size=200),
        st.binary(max_size=100),
    )


def _apbd_for_realisasi() -> APBD:
    return APBD("32.60", 2027, [])


def targets() -> list[Target]:
    """Every fuzz target, in table order."""
    amounts = strategies.rupiah()
    nip = strategies.nips().map(lambda n: n.nomor)
    nik = st.builds(
        lambda k, d, n: f"{k}{d.day:02d}{d:%m%y}{n:04d}",
        st.sampled_from(["326001", "517101", "110101"]),
        st.dates(date(1950, 1, 1), date(2020, 12, 31)),
        st.integers(1, 9999),
    )
    rekening = strategies.kode_rekening().map(lambda k: k.kode)
    kegiatan = st.sampled_from(
        sorted({b.sub_kegiatan.kode for b in contoh.apbd().baris if b.sub_kegiatan})
    )
    out = [
        Target("Rupiah.parse", fuzzed(amounts.map(Rupiah.format)), Rupiah.parse),
        Target(
            "Rupiah.parse(mesin)",
            fuzzed(amounts.map(lambda r: f"Rp{r.amount:f}")),
            lambda s: Rupiah.parse(s, format="mesin"),
        ),
        Target("Rupiah(str)", fuzzed(amounts.map(lambda r: str(r.amount))), Rupiah),
        Target("Citation.parse", fuzzed(strategies.citations().map(str)), Citation.parse),
        Target("Nip", fuzzed(nip), Nip),
        Target("Nik", fuzzed(nik), Nik),
        Target("KodeRekening", fuzzed(rekening), KodeRekening),
        Target("KodeKegiatan", fuzzed(kegiatan), KodeKegiatan),
        Target("KodeWilayah", fuzzed(strategies.kode_wilayah().map(str)), KodeWilayah),
        Target(
            "read_csv",
            st.tuples(_csv(_APBD_HEADER), st.sampled_from(["mesin", "id"])),
            lambda a: read_csv(a[0], daerah="32.60", tahun=2027, format=a[1]),
        ),
        Target(
            "read_realisasi_csv",
            st.tuples(_csv(_REAL_HEADER), st.sampled_from(["mesin", "id"])),
            lambda a: read_realisasi_csv(a[0], _apbd_for_realisasi(), format=a[1]),
        ),
        Target(
            "SKM.from_csv",
            _csv(_SKM_HEADER),
            lambda s: SKM.from_csv(s, layanan="KTP", periode="2026"),
        ),
        Target("StaticProvider.from_csv", _csv(_WIL_HEADER), StaticProvider.from_csv),
        Target(
            "cli",
            st.lists(st.one_of(_COMMANDS, text), max_size=4).filter(
                lambda argv: argv[:1] != ["demo"]  # the tour itself is not argument handling
            ),
            _cli,
        ),
    ]
    found = samples()
    for cls in model_classes():
        sample = found.get(cls)
        strategy: st.SearchStrategy[Any] = st.one_of(
            json_values.map(json.dumps), st.text(max_size=60), st.binary(max_size=40)
        )
        if sample is not None:
            strategy = st.one_of(mutated(_plain(sample)), strategy)
        out.append(Target(f"from_json[{cls.__name__}]", strategy, _from_json(cls)))
    out.append(Target("from_toml[dict]", st.text(max_size=80), lambda s: io.from_toml(s, dict)))
    return out


def _from_json(cls: type[Any]) -> Callable[[Any], object]:
    return lambda s: io.from_json(s, cls)
