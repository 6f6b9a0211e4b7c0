"""Keterbukaan informasi publik: UU 14/2008 for a PPID.

- the classes of public information as data (:class:`KelasInformasi`: berkala with its
  six-monthly rule, serta-merta, setiap saat, dikecualikan) and the exemption grounds of
  Pasal 17 (:func:`alasan_pengecualian`) with their periods (PP 61/2010);
- the :class:`DaftarInformasiPublik` with its required fields and validation (documents:
  :func:`perangkat_daerah.dokumen.daftar_informasi_publik`);
- :class:`PermohonanInformasi`: a request through notice, keberatan and the Komisi
  Informasi, on the limits of :mod:`perangkat_daerah.sla.kip`;
- the Komisi Informasi monev score (:class:`PenilaianMonev`) and its five categories
  (:func:`kategori_monev`, half-open bands defined once).

>>> from perangkat_daerah.keterbukaan import kategori_monev
>>> kategori_monev("90.00").value
'Informatif'
"""

from perangkat_daerah._deprecated import renamed_attributes
from perangkat_daerah.keterbukaan._dip import (
    DaftarInformasiPublik,
    InformasiPublik,
    Pengecualian,
    kolom_dip,
)
from perangkat_daerah.keterbukaan._kelas import (
    AlasanPengecualian,
    KelasInformasi,
    RincianBerkala,
    alasan_pengecualian,
    rincian_berkala,
    tidak_dapat_dikecualikan,
)
from perangkat_daerah.keterbukaan._monev import (
    KategoriMonev,
    NilaiTahap,
    PenilaianMonev,
    TahapMonev,
    bobot_monev,
    kategori_monev,
    skala_monev,
)
from perangkat_daerah.keterbukaan._permohonan import (
    Langkah,
    PermohonanInformasi,
    StatusPermohonan,
    Tahap,
    TrackedDeadline,
)

__all__ = [
    "AlasanPengecualian",
    "DaftarInformasiPublik",
    "InformasiPublik",
    "KategoriMonev",
    "KelasInformasi",
    "Langkah",
    "NilaiTahap",
    "Pengecualian",
    "PenilaianMonev",
    "PermohonanInformasi",
    "RincianBerkala",
    "StatusPermohonan",
    "Tahap",
    "TahapMonev",
    "TrackedDeadline",
    "alasan_pengecualian",
    "bobot_monev",
    "kategori_monev",
    "kolom_dip",
    "rincian_berkala",
    "skala_monev",
    "tidak_dapat_dikecualikan",
]

# The 0.1 name, deprecated (one word for a deadline: docs/explanation/vocabulary.md).
__getattr__ = renamed_attributes(__name__, {"Tenggat": ("TrackedDeadline", TrackedDeadline)})
