"""Citations of Indonesian legal instruments, in their customary short form."""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs

from perangkat_daerah.errors import ValidationError

__all__ = ["Citation", "JenisPeraturan"]


class JenisPeraturan(enum.Enum):
    """The kind of a legal instrument, valued by its customary abbreviation.

    Dasar hukum of the hierarchy: UU 12/2011 Pasal 7 and Pasal 8 (as amended).
    """

    UUD = "UUD"
    UU = "UU"
    PERPPU = "Perppu"
    PP = "PP"
    PERPRES = "Perpres"
    KEPPRES = "Keppres"
    INPRES = "Inpres"
    PERMENDAGRI = "Permendagri"
    KEPMENDAGRI = "Kepmendagri"
    INMENDAGRI = "Inmendagri"
    """An instruction of the Minister of Home Affairs (e.g. ``Inmendagri 2/2025`` on the
    RPJMD 2025-2029), cited where the reference cites one; not in the UU 12/2011 hierarchy."""
    PERMENPAN_RB = "PermenPAN-RB"
    KEPMENPAN_RB = "KepmenPAN-RB"
    PMK = "PMK"
    KMK = "KMK"
    PERMENKES = "Permenkes"
    PERMENDIKBUDRISTEK = "Permendikbudristek"
    PERMEN = "Permen"
    KEPMEN = "Kepmen"
    SKB = "SKB"
    PERDA = "Perda"
    PERGUB = "Pergub"
    KEPGUB = "Kepgub"
    PERBUP = "Perbup"
    PERWALI = "Perwali"
    PERKADA = "Perkada"
    QANUN = "Qanun"
    PERDASUS = "Perdasus"
    PERDASI = "Perdasi"
    SE = "SE"
    SURAT = "Surat"
    """A minister's letter (e.g. ``Surat Mendagri 800/2603/OTDA/2021``), cited where the
    reference cites one; not a regulation in the UU 12/2011 hierarchy."""
    PERBAN = "Perban"
    PERKA = "Perka"
    PERKI = "PerKI"
    """A Peraturan Komisi Informasi (e.g. ``PerKI 1/2021``)."""


_WORDS = r"[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)*"
_NOMOR_PART = r"[!-+\--~]+"  # printable ASCII but space and comma: no look-alike digits
_NOMOR = rf"{_NOMOR_PART}(?:, {_NOMOR_PART})*"
_TOKEN = r"[0-9]+[A-Za-z]?"
_JENIS = "|".join(re.escape(j.value) for j in sorted(JenisPeraturan, key=lambda j: -len(j.value)))
_CITATION_RE = re.compile(
    rf"(?P<jenis>{_JENIS})"
    rf"(?: (?P<penerbit>{_WORDS}))??"
    rf" (?:(?P<nomor>{_NOMOR})/)?(?P<tahun>[0-9]{{4}})"
    rf"(?: Pasal (?P<pasal>{_TOKEN}))?"
    rf"(?: ayat \((?P<ayat>{_TOKEN})\))?"
    rf"(?: huruf (?P<huruf>[a-z]{{1,2}}))?"
    rf"(?: angka (?P<angka>{_TOKEN}))?"
    rf"(?: Lampiran(?: (?P<lampiran>[A-Z0-9][A-Za-z0-9.]*))?(?P<bare_lampiran>))?"
    rf"(?: tentang (?P<judul>\S.*))?"
)
_PENERBIT_RE = re.compile(_WORDS)
_NOMOR_RE = re.compile(_NOMOR)
_TOKEN_RE = re.compile(_TOKEN)
_HURUF_RE = re.compile(r"[a-z]{1,2}")
_LAMPIRAN_RE = re.compile(r"(?:[A-Z0-9][A-Za-z0-9.]*)?")


# The long customary names of the kinds, each with its abbreviation (longest first when
# matched, so "Undang-Undang Dasar" wins over "Undang-Undang").
_LONG_JENIS = {
    "Undang-Undang Dasar Negara Republik Indonesia": "UUD",
    "Undang-Undang Dasar": "UUD",
    "Peraturan Pemerintah Pengganti Undang-Undang": "Perppu",
    "Undang-Undang": "UU",
    "Peraturan Pemerintah": "PP",
    "Peraturan Presiden": "Perpres",
    "Keputusan Presiden": "Keppres",
    "Instruksi Presiden": "Inpres",
    "Peraturan Menteri Dalam Negeri": "Permendagri",
    "Keputusan Menteri Dalam Negeri": "Kepmendagri",
    "Instruksi Menteri Dalam Negeri": "Inmendagri",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi": "PermenPAN-RB",
    "Keputusan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi": "KepmenPAN-RB",
    "Peraturan Menteri Keuangan": "PMK",
    "Keputusan Menteri Keuangan": "KMK",
    "Peraturan Menteri Kesehatan": "Permenkes",
    "Peraturan Daerah": "Perda",
    "Peraturan Gubernur": "Pergub",
    "Keputusan Gubernur": "Kepgub",
    "Peraturan Bupati": "Perbup",
    "Peraturan Wali Kota": "Perwali",
    "Peraturan Walikota": "Perwali",
    "Peraturan Kepala Daerah": "Perkada",
    "Surat Edaran": "SE",
}
_LONG_JENIS_RE = re.compile(
    "("
    + "|".join(re.escape(k) for k in sorted(_LONG_JENIS, key=len, reverse=True))
    + r")(?: Republik Indonesia)?(?= )",
    re.IGNORECASE,
)
_LONG_KEYS = {k.casefold(): v for k, v in _LONG_JENIS.items()}
_NOMOR_TAHUN_RE = re.compile(rf"\b(?:Nomor|No\.?) ?({_NOMOR}) Tahun ([0-9]{{4}})\b", re.IGNORECASE)
_NOMOR_SLASH_RE = re.compile(r"\b(?:Nomor|No\.?) (?=\S+/[0-9]{4}\b)", re.IGNORECASE)
_TAHUN_RE = re.compile(r"\bTahun ([0-9]{4})\b", re.IGNORECASE)


def _short_form(text: str) -> str:
    """The customary short form of a long one: ``Peraturan Pemerintah (Republik Indonesia)
    Nomor 18 Tahun 2016`` and ``PP No. 18 Tahun 2016`` become ``PP 18/2016`` (names, ``Nomor``
    and ``Tahun`` in any case); pasal and ayat keep their one spelling (``Pasal 5 ayat (2)``);
    the title after ``tentang`` is kept as written. Used only for text that is not already
    in the short form, so every short form keeps reading as before."""
    head, sep, judul = text.strip().partition(" tentang ")
    head = " ".join(head.split())
    head = _LONG_JENIS_RE.sub(lambda m: _LONG_KEYS[m.group(1).casefold()], head, count=1)
    head = _NOMOR_TAHUN_RE.sub(r"\1/\2", head)
    head = _NOMOR_SLASH_RE.sub("", head)
    head = _TAHUN_RE.sub(r"\1", head)
    return head + sep + judul


def _check(pattern: re.Pattern[str], shape: str) -> Any:
    def validator(inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and not pattern.fullmatch(value):
            raise ValidationError.single(attribute.name, f"expected {shape}", value)

    return validator


def _check_tahun(inst: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        raise ValidationError.single("tahun", "expected a four-digit year", value)


@attrs.frozen(order=False)
class Citation:
    """A reference to a legal instrument and, optionally, a place inside it.

    ``str()`` gives the customary short form and :meth:`parse` reads it back::

        PP 12/2019 Pasal 106 ayat (1)
        UUD 1945 Pasal 18 ayat (2)
        SE Gubernur Bali 3/2024 tentang Hari Suci
        SKB 728, 213, 01/2019

    ``nomor`` is kept as text because instrument numbers such as ``050-5889`` or
    ``100.3.3.1/845`` are not integers; it is stored *without* the trailing year
    (``Kepmendagri 100.3.3.1/845/2024`` has nomor ``100.3.3.1/845`` and tahun 2024).
    A joint decree numbered by each of its signatories lists the numbers separated by
    ``", "``. ``penerbit`` names the issuer where the kind alone does not (a circular of
    the Governor of Bali: ``SE Gubernur Bali``). ``judul`` is the title; it is rendered
    last, after ``tentang``.

    >>> c = Citation.parse("PP 12/2019 Pasal 106 ayat (1)")
    >>> c.jenis, c.nomor, c.tahun, c.pasal, c.ayat
    (<JenisPeraturan.PP: 'PP'>, '12', 2019, '106', '1')
    >>> str(c)
    'PP 12/2019 Pasal 106 ayat (1)'
    >>> str(c.instrument)
    'PP 12/2019'
    """

    jenis: JenisPeraturan = attrs.field(converter=JenisPeraturan)
    nomor: str | None = attrs.field(validator=_check(_NOMOR_RE, "an instrument number"))
    tahun: int = attrs.field(validator=_check_tahun)
    pasal: str | None = attrs.field(
        default=None, kw_only=True, validator=_check(_TOKEN_RE, "an article number like 106 or 53A")
    )
    ayat: str | None = attrs.field(
        default=None, kw_only=True, validator=_check(_TOKEN_RE, "a paragraph number like 1")
    )
    huruf: str | None = attrs.field(
        default=None, kw_only=True, validator=_check(_HURUF_RE, "a letter like a")
    )
    angka: str | None = attrs.field(
        default=None, kw_only=True, validator=_check(_TOKEN_RE, "a number like 3")
    )
    lampiran: str | None = attrs.field(
        default=None,
        kw_only=True,
        validator=_check(_LAMPIRAN_RE, "an appendix label like I or II.A ('' for a bare Lampiran)"),
    )
    penerbit: str | None = attrs.field(
        default=None,
        kw_only=True,
        validator=_check(_PENERBIT_RE, "words of letters, like Gubernur Bali"),
    )
    judul: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        problems = []
        if self.nomor is not None and self.nomor.endswith(f"/{self.tahun}"):
            object.__setattr__(self, "nomor", self.nomor[: -len(f"/{self.tahun}")] or None)
        if self.ayat is not None and self.pasal is None:
            problems.append(("ayat", "an ayat needs a pasal", self.ayat))
        if self.judul is not None and (
            not self.judul.strip() or self.judul != self.judul.strip() or "\n" in self.judul
        ):
            problems.append(
                ("judul", "a title is one non-empty line without outer spaces", self.judul)
            )
        if problems:
            raise ValidationError.single(*problems[0])

    @classmethod
    def parse(cls, text: str) -> Citation:
        """Read a citation in the customary short form that ``str()`` produces, or in the
        long customary form of the instruments themselves (``Peraturan Pemerintah Nomor 18
        Tahun 2016``, ``PP No. 18 Tahun 2016``, ``Undang-Undang Dasar Negara Republik
        Indonesia Tahun 1945 Pasal 18 ayat (2)``); ``str()`` of the result is the short form.

        >>> str(Citation.parse("Peraturan Pemerintah Nomor 18 Tahun 2016 Pasal 5"))
        'PP 18/2016 Pasal 5'
        >>> str(Citation.parse("PP No. 18 Tahun 2016"))
        'PP 18/2016'

        >>> Citation.parse("Kepmendagri 100.3.3.1/845/2024").nomor
        '100.3.3.1/845'
        >>> Citation.parse("Pasal 5 PP 1/2020")
        Traceback (most recent call last):
        ...
        perangkat_daerah.errors.ValidationError: citation: expected 'JENIS [PENERBIT] NOMOR/TAHUN [Pasal N [ayat (N)] [huruf x] [angka N]] [Lampiran L] [tentang JUDUL]' with JENIS one of UUD, UU, Perppu, PP, ... (got 'Pasal 5 PP 1/2020')
        """
        if not isinstance(text, str):
            raise ValidationError.single("citation", "expected text", text)
        m = _CITATION_RE.fullmatch(text) or _CITATION_RE.fullmatch(_short_form(text))
        if m is None:
            kinds = ", ".join(j.value for j in list(JenisPeraturan)[:4])
            raise ValidationError.single(
                "citation",
                "expected 'JENIS [PENERBIT] NOMOR/TAHUN [Pasal N [ayat (N)] [huruf x] [angka N]] "
                f"[Lampiran L] [tentang JUDUL]' with JENIS one of {kinds}, ...",
                text,
            )
        g = m.groupdict()
        lampiran = g["lampiran"]
        if lampiran is None and g["bare_lampiran"] is not None:
            lampiran = ""
        try:
            return cls._from_groups(g, lampiran)
        except ValidationError as exc:
            first = exc.problems[0]
            raise ValidationError.single(
                "citation", f"{first.path}: {first.message}", text
            ) from None

    @classmethod
    def _from_groups(cls, g: dict[str, str | None], lampiran: str | None) -> Citation:
        return cls(
            JenisPeraturan(g["jenis"]),
            g["nomor"],
            int(g["tahun"] or 0),
            pasal=g["pasal"],
            ayat=g["ayat"],
            huruf=g["huruf"],
            angka=g["angka"],
            lampiran=lampiran,
            penerbit=g["penerbit"],
            judul=g["judul"],
        )

    @property
    def instrument(self) -> Citation:
        """The instrument itself, without pasal, ayat, huruf, angka or lampiran."""
        return attrs.evolve(self, pasal=None, ayat=None, huruf=None, angka=None, lampiran=None)

    def at(
        self,
        pasal: str | int,
        ayat: str | int | None = None,
        huruf: str | None = None,
        angka: str | int | None = None,
    ) -> Citation:
        """The same instrument, pointing at another place inside it.

        >>> Citation.parse("UU 25/2009").at(21)
        Citation('UU 25/2009 Pasal 21')
        """
        return attrs.evolve(
            self,
            pasal=str(pasal),
            ayat=None if ayat is None else str(ayat),
            huruf=huruf,
            angka=None if angka is None else str(angka),
            lampiran=None,
        )

    def __str__(self) -> str:
        parts = [self.jenis.value]
        if self.penerbit:
            parts.append(self.penerbit)
        parts.append(f"{self.nomor}/{self.tahun}" if self.nomor is not None else str(self.tahun))
        if self.pasal is not None:
            parts.append(f"Pasal {self.pasal}")
        if self.ayat is not None:
            parts.append(f"ayat ({self.ayat})")
        if self.huruf is not None:
            parts.append(f"huruf {self.huruf}")
        if self.angka is not None:
            parts.append(f"angka {self.angka}")
        if self.lampiran is not None:
            parts.append(f"Lampiran {self.lampiran}".rstrip())
        if self.judul is not None:
            parts.append(f"tentang {self.judul}")
        return " ".join(parts)

    def __repr__(self) -> str:
        return f"Citation({str(self)!r})"
