"""Columnar APBD loading: a CSV read by pandas, validated column by column, kept as a frame.

Same answers as :func:`perangkat_daerah.anggaran.read_csv` followed by the APBD's totals and
:func:`~perangkat_daerah.anggaran.check_rules`, at the cost of a few vectorised passes instead
of one Python object per line. Rows that fail a check go through the scalar reader, so the
error messages are the very same ones.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs
import numpy as np
import pandas as pd

from perangkat_daerah import regions, urusan
from perangkat_daerah.anggaran import (
    ANGGARAN_HOOK,
    APBD,
    Akun,
    BarisAnggaran,
    Fase,
    KapasitasFiskal,
    Kategori,
    KodeRekening,
    RuleCheck,
    check_rules,
)
from perangkat_daerah.anggaran._apbd import _ROW_FIELDS, _build, _check_tahun, _RowReader
from perangkat_daerah.anggaran._aturan import _klasifikasi
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.money import Rupiah
from perangkat_daerah.wilayah import KodeWilayah

__all__ = ["ApbdFrame", "apbd_frame", "read_apbd_csv"]

_REQUIRED = ("akun", "kode_rekening", "perangkat_daerah", "jumlah")
_REKENING = r"[1-9]\.[0-9]\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?"
_SUB_KEGIATAN = r"[1-9X]\.[0-9X]{2}\.[0-9]{2}\.[0-9]\.[0-9]{2}\.[0-9]{4}"
_WIDTH = {1: 1, 2: 3, 3: 6, 4: 9, 5: 12, 6: 17}  # characters in a code of n parts
_AKUN = {a.value: a.kode for a in Akun}
_FASE = {f.value for f in Fase}
_KATEGORI = {k.value for k in Kategori}

# The number policy of the library (see the brief's "Numbers in"; to be shared with
# perangkat_daerah.angka): ASCII digits, optional leading '-', '.' decimal separator by default;
# a cell shaped like thousands groups (1.000, 12.345.678) is ambiguous and refused; with
# format="id", '.' groups thousands and ',' is the decimal separator. At most 30 significant
# digits; |amount| < 10^20.
_PLAIN = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_AMBIGUOUS = re.compile(r"-?[0-9]{1,3}(?:\.[0-9]{3})+")
_ID = re.compile(r"-?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?")
_MAX_DIGITS = 30
_LIMIT_DIGITS = 20  # |amount| < 10^20: at most 20 digits before the decimal separator


def _amounts(cells: pd.Series[Any], format: str) -> tuple[pd.Series[Any], list[int], list[str]]:
    """The amounts of a text column in machine form (``-1250000.50``), with the rows that
    break the number policy and why (vectorised: the regular expressions run in pandas)."""
    text = cells.str.strip()
    if format == "id":
        ok = text.str.fullmatch(_ID.pattern)
        plain = text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
        why_bad = "expected a number in Indonesian format like 1.250.000,50"
    else:
        ok = text.str.fullmatch(_PLAIN.pattern)
        plain = text
        why_bad = "expected a number like 1250000.50 (digits, '.' for decimals)"
    digits = plain.str.lstrip("-").str.replace(".", "", regex=False).str.lstrip("0")
    too_long = digits.str.len() > _MAX_DIGITS
    ambiguous = text.str.fullmatch(_AMBIGUOUS.pattern) if format != "id" else ok & False
    negative = ok & text.str.startswith("-")
    bad_rows: list[int] = []
    reasons: list[str] = []
    good = ok & ~too_long & ~ambiguous & ~negative
    for i in np.flatnonzero(~good.to_numpy()).tolist():
        if ambiguous.iat[i]:
            reason = "ambiguous: '.' may group thousands or mark decimals; write 1000 or declare format='id'"
        elif not ok.iat[i]:
            reason = why_bad
        elif too_long.iat[i]:
            reason = f"more than {_MAX_DIGITS} significant digits"
        else:
            reason = "an APBD amount cannot be negative"
        bad_rows.append(int(i))
        reasons.append(reason)
    whole = plain.str.replace(r"^-?0*", "", regex=True).str.replace(r"\..*$", "", regex=True)
    big = good & (whole.str.len() > _LIMIT_DIGITS)
    for i in np.flatnonzero(big.to_numpy()):
        bad_rows.append(int(i))
        reasons.append("outside the supported range (|amount| < 10^20 rupiah)")
    return plain, bad_rows, reasons


_SEN_DIGITS = 18  # int64 holds every 18-digit number of sen


def _exact(plain: pd.Series[Any]) -> tuple[Any, bool]:
    """The amounts as exact numbers: int64 sen (hundredths of a rupiah) when every amount has
    at most two decimals and no sum can overflow, else ``Decimal`` objects.

    Returns the array and whether it is in sen. Integer sen make totals a numpy sum; the
    conversion is text surgery (pad to two decimals, drop the point), never a float.
    """
    point = plain.str.find(".").to_numpy()
    length = plain.str.len().to_numpy()
    decimals = np.where(point < 0, 0, length - point - 1)
    if decimals.size and decimals.max() <= 2 and (length + 3).max() <= _SEN_DIGITS:
        pad = np.array([".00", "0", ""], dtype=object)[decimals]
        pad[(point >= 0) & (decimals == 0)] = "00"
        text = (plain + pd.Series(pad, index=plain.index)).str.replace(".", "", regex=False)
        sen = text.astype("int64").to_numpy()
        if int(np.abs(sen).max()) * len(sen) < 2**63:
            return sen, True
    return np.array(list(map(Decimal, plain.to_numpy(dtype=object))), dtype=object), False


def _total(values: Any, in_sen: bool) -> Decimal:
    """The exact sum of amounts (an int64 sen array or ``Decimal`` objects)."""
    if in_sen:
        return Decimal(int(values.sum())).scaleb(-2)
    total: Decimal = sum(values, Decimal(0))
    return total


@attrs.frozen(eq=False)
class ApbdFrame:
    """An APBD held as columns: the same totals and rule checks as :class:`~perangkat_daerah.anggaran.APBD`.

    ``frame`` has one row per line: ``fase``, ``akun``, ``kode_rekening``, ``sub_kegiatan``
    (empty text when none), ``perangkat_daerah``, ``jumlah``, ``sumber_dana``, ``tags``
    (``;``-joined, sorted). ``jumlah`` is exact: int64 *sen* (hundredths of a rupiah,
    ``in_sen`` true) when every amount has at most two decimals and no total can overflow,
    else ``Decimal`` objects. :meth:`to_apbd` builds the object form.
    """

    daerah: KodeWilayah
    tahun: int
    frame: pd.DataFrame
    in_sen: bool = attrs.field(default=False, kw_only=True)

    def _fase(self, fase: Fase | None) -> str:
        if fase is not None:
            return Fase(fase).value
        present = set(self.frame["fase"].unique())
        found = [f.value for f in Fase if f.value in present]
        return found[-1] if found else Fase.MURNI.value

    def _lines(self, fase: Fase | None) -> pd.DataFrame:
        f = self.frame
        lines: pd.DataFrame = f[f["fase"] == self._fase(fase)]
        return lines

    def total(self, kode: KodeRekening | str | Akun, *, fase: Fase | None = None) -> Rupiah:
        """The total under an account code at any level, or an akun (as ``APBD.total``)."""
        if isinstance(kode, Akun):
            text = kode.kode
        else:
            text = kode.kode if isinstance(kode, KodeRekening) else KodeRekening(kode).kode
        lines = self._lines(fase)
        codes = lines["kode_rekening"]
        under = ((codes == text) | codes.str.startswith(text + ".")).to_numpy(dtype=bool)
        return Rupiah(_total(lines["jumlah"].to_numpy()[under], self.in_sen))

    def total_by_perangkat_daerah(
        self, kode: KodeRekening | str | Akun = Akun.BELANJA, *, fase: Fase | None = None
    ) -> Mapping[str, Rupiah]:
        """Totals under ``kode`` (default: all belanja) for each perangkat daerah."""
        prefix = kode.kode if isinstance(kode, (Akun, KodeRekening)) else KodeRekening(kode).kode
        lines = self._lines(fase)
        codes = lines["kode_rekening"]
        chosen = lines[(codes == prefix) | codes.str.startswith(prefix + ".")]
        sums = chosen.groupby("perangkat_daerah", sort=True)["jumlah"].sum()
        return MappingProxyType({str(k): Rupiah(self._exact(v)) for k, v in sums.items()})

    def _exact(self, value: Any) -> Decimal:
        """A summed ``jumlah`` cell as an exact Decimal amount."""
        return Decimal(int(value)).scaleb(-2) if self.in_sen else Decimal(value)

    def surplus_defisit(self, *, fase: Fase | None = None) -> Rupiah:
        """Pendapatan minus belanja (PP 12/2019 Pasal 83 ayat (1))."""
        return self.total(Akun.PENDAPATAN, fase=fase) - self.total(Akun.BELANJA, fase=fase)

    def silpa(self, *, fase: Fase | None = None) -> Rupiah:
        """Surplus/defisit plus pembiayaan netto (PP 12/2019 Pasal 70, Pasal 83)."""
        penerimaan = self.total(f"{Akun.PEMBIAYAAN.kode}.1", fase=fase)
        pengeluaran = self.total(f"{Akun.PEMBIAYAAN.kode}.2", fase=fase)
        return self.surplus_defisit(fase=fase) + penerimaan - pengeluaran

    def check_rules(
        self,
        *,
        fase: Fase | None = None,
        kapasitas_fiskal: KapasitasFiskal | None = None,
        batas_defisit: Fraction | None = None,
        region_rules: bool = True,
    ) -> tuple[RuleCheck, ...]:
        """:func:`~perangkat_daerah.anggaran.check_rules` on this budget, the same checks.

        The rules see a line only through its akun, its code down to the deepest prefix any
        rule names, its sub kegiatan's bidang urusan, its funding source and its tags; lines
        that agree on all of these are summed first (exactly), so the check costs a few
        hundred lines whatever the size of the budget.
        """
        return check_rules(
            self._rules_apbd(region_rules),
            fase=fase,
            kapasitas_fiskal=kapasitas_fiskal,
            batas_defisit=batas_defisit,
            region_rules=region_rules,
        )

    def _rules_apbd(self, region_rules: bool) -> APBD:
        depth, named = _rule_view(self.daerah, region_rules)
        f = self.frame
        cut = f["kode_rekening"].str.slice(0, _WIDTH[depth])
        bidang = f["sub_kegiatan"].str.slice(0, 4)
        # A bidang urusan no rule names only has to stay apart from the named ones.
        bidang = bidang.where(bidang.isin(named) | (bidang == ""), "*")
        grouped = f.groupby(
            [f["fase"], cut.rename("_kode"), bidang.rename("_bidang"), f["sumber_dana"], f["tags"]],
            sort=True,
        )
        sums = grouped["jumlah"].sum()
        first = grouped["sub_kegiatan"].first().to_numpy(dtype=object)
        lines = []
        for (fase, kode, _, sumber, tags), total, sub in zip(
            sums.index, sums.to_numpy(dtype=object), first, strict=True
        ):
            lines.append(
                BarisAnggaran(
                    kode,
                    Rupiah(self._exact(total)),
                    "(gabungan)",
                    sub_kegiatan=sub or None,
                    fase=Fase(fase),
                    sumber_dana=sumber or None,
                    tags=[t for t in tags.split(";") if t],
                )
            )
        return APBD(self.daerah, self.tahun, lines)

    def to_apbd(self) -> APBD:
        """The object form (one :class:`~perangkat_daerah.anggaran.BarisAnggaran` per line)."""
        return _build(
            self.daerah.kode, self.tahun, _rows(self.frame, self.in_sen, lambda i: f"baris[{i}]")
        )


def _rows(frame: pd.DataFrame, in_sen: bool, label: Callable[[int], str]) -> Any:
    row: Any
    for i, row in enumerate(frame.itertuples(index=False)):
        yield (
            label(i),
            {
                "fase": row.fase,
                "akun": row.akun,
                "kode_rekening": row.kode_rekening,
                "sub_kegiatan": row.sub_kegiatan,
                "perangkat_daerah": row.perangkat_daerah,
                "jumlah": str(Decimal(int(row.jumlah)).scaleb(-2) if in_sen else row.jumlah),
                "sumber_dana": row.sumber_dana,
                "tags": row.tags,
            },
        )


def _rule_view(daerah: KodeWilayah, region_rules: bool) -> tuple[int, list[str]]:
    """What of a line the rules can see: the deepest account-code prefix any rule names (at
    least the jenis level) and the bidang urusan any rule names."""
    coded = ("belanja_pegawai", "infrastruktur_pelayanan_publik", "transfer_dikecualikan")
    codes: list[str] = [k for key in coded for k in _klasifikasi(key).get("kode_rekening", ())]
    named: list[str] = [
        b for key in ("pendidikan", "kesehatan") for b in _klasifikasi(key).get("bidang_urusan", ())
    ]
    if region_rules:
        for layer in regions.resolve(daerah, ANGGARAN_HOOK).layers:
            for aturan in layer.value.aturan:
                for selector in (aturan.basis, aturan.bagian):
                    codes += selector.kode_rekening
                    named += selector.bidang_urusan
    return max([3, *(c.count(".") + 1 for c in codes)]), sorted(set(named))


def read_apbd_csv(
    source: str | Path | io.TextIOBase,
    *,
    daerah: KodeWilayah | str,
    tahun: int,
    format: str = "plain",
) -> ApbdFrame:
    """An APBD from CSV, read and validated column by column (the ``pandas`` extra).

    ``source`` is a path or an open text file; columns and checks are those of
    :func:`~perangkat_daerah.anggaran.read_csv`. Amounts follow the library's number policy:
    ``format="plain"`` reads ``1250000.50`` and refuses ``1.000`` as ambiguous;
    ``format="id"`` reads ``1.250.000,50``. Every bad row is reported in one
    :class:`~perangkat_daerah.errors.ValidationError` naming the file line.

    >>> import io
    >>> text = "akun,kode_rekening,perangkat_daerah,jumlah\\nbelanja,5.1.01,BKAD,1250000.50\\n"
    >>> read_apbd_csv(io.StringIO(text), daerah="32.60", tahun=2027).total("5").format()
    'Rp1.250.000,50'
    >>> read_apbd_csv(io.StringIO(text.replace("1250000.50", "1.000")), daerah="32.60", tahun=2027)
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: line 2.jumlah: ambiguous: '.' may group thousands or mark decimals; write 1000 or declare format='id' (got '1.000')
    """
    try:
        # header=None: a row with more cells than the header is an error, never a shift.
        table = pd.read_csv(source, dtype=str, header=None, keep_default_na=False, na_filter=False)
    except pd.errors.ParserError as exc:
        raise ValidationError.single("csv", "not a well-formed CSV table", str(exc)) from None
    except pd.errors.EmptyDataError:
        raise ValidationError(Problem("header", "missing column", c) for c in _REQUIRED) from None
    frame = table.iloc[1:].set_axis(list(table.iloc[0]), axis=1).reset_index(drop=True)
    return _validated(frame, daerah, tahun, format, lambda i: f"line {i + 2}")


def apbd_frame(
    lines: pd.DataFrame, *, daerah: KodeWilayah | str, tahun: int, format: str = "plain"
) -> ApbdFrame:
    """An APBD from a DataFrame of lines (the columns of :func:`read_apbd_csv`), validated the
    same way; problems name the row by its index label (``row 17.jumlah``).

    Amounts must be text (as read from a file) or integers; a float column is refused, since
    a float cannot hold Rupiah exactly.

    >>> import pandas as pd
    >>> lines = pd.DataFrame({"akun": ["belanja"], "kode_rekening": ["5.1.01"],
    ...                       "perangkat_daerah": ["BKAD"], "jumlah": ["1250000.50"]})
    >>> apbd_frame(lines, daerah="32.60", tahun=2027).total("5.1").format()
    'Rp1.250.000,50'
    """
    cells = {}
    for name in lines.columns:
        column = lines[name]
        if column.dtype.kind == "f":
            raise ValidationError.single(
                str(name), "a float cannot hold Rupiah exactly; give the amounts as text", "float"
            )
        cells[str(name)] = column.astype(object).where(column.notna(), "").astype(str)
    frame = pd.DataFrame(cells).reset_index(drop=True)
    labels = list(lines.index)
    return _validated(frame, daerah, tahun, format, lambda i: f"row {labels[i]}")


def _validated(
    frame: pd.DataFrame,
    daerah: KodeWilayah | str,
    tahun: int,
    format: str,
    label: Callable[[int], str],
) -> ApbdFrame:
    """Check every column of a frame of text cells; raise every problem at once."""
    if format not in ("plain", "id"):
        raise ValidationError.single("format", "expected 'plain' or 'id'", format)
    kode = KodeWilayah(daerah)
    _check_tahun(None, None, tahun)
    missing = [c for c in _REQUIRED if c not in frame.columns]
    if missing:
        raise ValidationError(Problem("header", "missing column", c) for c in missing)
    for c in _ROW_FIELDS:
        if c not in frame.columns:
            frame[c] = ""
    unknown = [c for c in frame.columns if c not in _ROW_FIELDS]
    plain, amount_rows, amount_reasons = _amounts(frame["jumlah"], format)
    bad = _bad_rows(frame)
    if unknown or amount_rows or bad.any():
        _raise(frame, unknown, bad, amount_rows, amount_reasons, label)
    frame = frame[list(_ROW_FIELDS)].copy()
    frame["fase"] = frame["fase"].where(frame["fase"] != "", Fase.MURNI.value)
    frame["jumlah"], in_sen = _exact(plain)
    frame["kode_rekening"] = frame["kode_rekening"].str.strip()
    frame["sub_kegiatan"] = frame["sub_kegiatan"].str.strip()
    frame["tags"] = _normalised_tags(frame["tags"])
    if _level_problems(frame):
        _build(kode.kode, tahun, _rows(frame, in_sen, label))  # raises the scalar error
    return ApbdFrame(kode, tahun, frame, in_sen=in_sen)


def _bad_rows(frame: pd.DataFrame) -> np.ndarray[Any, Any]:
    """Rows failing any field check other than the amount (vectorised)."""
    kode = frame["kode_rekening"].str.strip()
    sub = frame["sub_kegiatan"].str.strip()
    akun_kode = frame["akun"].map(_AKUN)
    bad = ~kode.str.fullmatch(_REKENING) | akun_kode.isna()
    bad |= kode.str.slice(0, 1) != akun_kode.fillna("")
    bad |= ~frame["fase"].isin(_FASE | {""})
    bad |= frame["perangkat_daerah"].str.strip() == ""
    has_sub = sub != ""
    bad |= has_sub & ~sub.str.fullmatch(_SUB_KEGIATAN)
    bidang = sub.str.slice(0, 4)
    unknown = [b for b in bidang[has_sub].unique() if not _known_bidang(b)]
    bad |= has_sub & bidang.isin(unknown)
    tags = frame["tags"]
    odd_tags = tags[tags != ""].unique()
    bad_tags = {t for t in odd_tags if not {s.strip() for s in t.split(";")} <= _KATEGORI}
    bad |= tags.isin(bad_tags)
    return np.asarray(bad.to_numpy(dtype=bool))


def _known_bidang(bidang: str) -> bool:
    try:
        urusan.get(bidang)
    except urusan.UnknownUrusanError:
        return False
    return True


def _normalised_tags(tags: pd.Series[Any]) -> pd.Series[Any]:
    table = {t: ";".join(sorted({s.strip() for s in t.split(";")})) for t in tags.unique()}
    return tags.map(table)


def _level_problems(frame: pd.DataFrame) -> bool:
    """Whether a phase mixes a code with one of its ancestors (APBD refuses that).

    Codes have fixed digit widths, so a code's ancestor of n parts is its first
    ``_WIDTH[n]`` characters, cut from the whole column at once.
    """
    lengths_all = frame["kode_rekening"].str.len()
    if lengths_all.min() == lengths_all.max():
        return False  # codes of one length cannot lie under each other
    for _, codes in frame.groupby("fase")["kode_rekening"]:
        present = set(codes.to_numpy(dtype=object))
        lengths = codes.str.len()
        for n in (3, 4, 5):
            heads = codes[lengths > _WIDTH[n]].str.slice(0, _WIDTH[n])
            if not present.isdisjoint(heads.to_numpy(dtype=object)):
                return True
    return False


def _raise(
    frame: pd.DataFrame,
    unknown: list[str],
    bad: np.ndarray[Any, Any],
    amount_rows: list[int],
    amount_reasons: list[str],
    label: Callable[[int], str],
) -> None:
    """Every problem, named like the scalar reader names it (``line N.field``)."""
    reasons = dict(zip(amount_rows, amount_reasons, strict=True))
    rows = sorted(set(np.flatnonzero(bad).tolist()) | set(amount_rows) | _all(frame, unknown))
    reader = _RowReader()
    problems: list[Problem] = []
    for i in rows:
        where = label(i)
        row = frame.iloc[i].to_dict()
        if i in reasons:
            row["jumlah"] = "0"
        before = len(reader.problems)
        reader.line(row, where)
        problems += reader.problems[before:]
        if i in reasons:
            problems.append(Problem(f"{where}.jumlah", reasons[i], frame["jumlah"].iat[i]))
    raise ValidationError(problems)


def _all(frame: pd.DataFrame, unknown: list[str]) -> set[int]:
    return set(range(len(frame))) if unknown else set()
