"""Half-open bands over a score (predikat, kategori), defined once as data.

A :class:`BandScale` lists bands from the lowest up by their *inclusive* lower bound; each
band ends, exclusive, where the next one starts, and the top band includes the scale's
maximum. So every value in ``[minimum, maximum]`` has exactly one band, and an edge value
belongs to the band above it.

>>> from fractions import Fraction
>>> s = BandScale("contoh", (Band("Kurang", Fraction(0)), Band("Baik", Fraction(50))),
...               minimum=Fraction(0), maximum=Fraction(100))
>>> s.classify(Fraction(4999, 100)).nama, s.classify(50).nama, s.classify(100).nama
('Kurang', 'Baik', 'Baik')
>>> s.classify("49.995", places=2).nama   # published-style: rounded half up first
'Baik'
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import attrs

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.exact import round_half_up, to_fraction

__all__ = ["Band", "BandScale"]


@attrs.frozen
class Band:
    """One band: its name, its inclusive lower bound and an optional longer label."""

    nama: str
    batas_bawah: Fraction = attrs.field(converter=to_fraction)
    uraian: str = ""


def _bands(value: Iterable[Band]) -> tuple[Band, ...]:
    return tuple(value)


@attrs.frozen
class BandScale:
    """Bands from the lowest up; ``[lower, next lower)``, the top one ``[lower, maximum]``."""

    nama: str
    bands: tuple[Band, ...] = attrs.field(converter=_bands)
    minimum: Fraction = attrs.field(converter=to_fraction)
    maximum: Fraction = attrs.field(converter=to_fraction)

    def __attrs_post_init__(self) -> None:
        bounds = [b.batas_bawah for b in self.bands]
        if not bounds:
            raise ValidationError.single("bands", "a scale needs at least one band", ())
        if bounds != sorted(set(bounds)):
            raise ValidationError.single(
                "bands", "lower bounds must rise strictly from the first band", bounds
            )
        if not self.minimum <= bounds[0] or not bounds[-1] <= self.maximum:
            raise ValidationError.single(
                "bands", f"bounds must lie in [{self.minimum}, {self.maximum}]", bounds
            )

    def edges(self) -> tuple[tuple[Band, Fraction, Fraction, bool], ...]:
        """Each band with its lower bound, its upper bound and whether the upper is included."""
        uppers = [b.batas_bawah for b in self.bands[1:]] + [self.maximum]
        last = len(self.bands) - 1
        return tuple(
            (b, b.batas_bawah if i else self.minimum, up, i == last)
            for i, (b, up) in enumerate(zip(self.bands, uppers, strict=True))
        )

    def classify(self, value: Fraction | Decimal | int | str, *, places: int | None = None) -> Band:
        """The band of ``value``; with ``places``, of ``value`` rounded half up first.

        A value outside ``[minimum, maximum]`` is a :class:`ValidationError`.
        """
        x = to_fraction(value)
        if places is not None:
            x = to_fraction(round_half_up(x, places))
        if not self.minimum <= x <= self.maximum:
            raise ValidationError.single(
                "nilai", f"{self.nama}: expected a value in [{self.minimum}, {self.maximum}]", x
            )
        found = self.bands[0]
        for b in self.bands:
            if x >= b.batas_bawah:
                found = b
        return found
