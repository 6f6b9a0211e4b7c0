"""Half-open bands defined once: lower bounds inclusive, the top band closed."""

from __future__ import annotations

from fractions import Fraction

import pytest

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Band, BandScale


def scale() -> BandScale:
    return BandScale("uji", [Band("C", 0), Band("B", 40), Band("A", 90)], 0, 100)


def test_edges_and_rounding() -> None:
    s = scale()
    assert [s.classify(v).nama for v in ("0", "39.99", "40", "89.99", "90", "100")] == [
        "C",
        "C",
        "B",
        "B",
        "A",
        "A",
    ]
    assert s.classify(Fraction(8999, 100), places=1).nama == "A"
    assert [(lo, up, closed) for _, lo, up, closed in s.edges()] == [
        (0, 40, False),
        (40, 90, False),
        (90, 100, True),
    ]


def test_bad_scales_and_values() -> None:
    with pytest.raises(ValidationError, match="rise strictly"):
        BandScale("x", [Band("A", 50), Band("B", 50)], 0, 100)
    with pytest.raises(ValidationError, match="at least one band"):
        BandScale("x", [], 0, 100)
    with pytest.raises(ValidationError, match="must lie in"):
        BandScale("x", [Band("A", 101)], 0, 100)
    with pytest.raises(ValidationError, match="expected a value in"):
        scale().classify(-1)
