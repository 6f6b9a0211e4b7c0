"""One word for a deadline: the 0.1 class names still work for one minor release and warn."""

from __future__ import annotations

import importlib

import pytest

RENAMED = [
    ("akuntabilitas", "DueDate", "DateDeadline"),
    ("keterbukaan", "Tenggat", "TrackedDeadline"),
    ("perencanaan", "Tenggat", "PlanDeadline"),
]


@pytest.mark.parametrize(("package", "old", "new"), RENAMED, ids=lambda x: str(x))
def test_old_class_name_warns_and_is_the_new_class(package: str, old: str, new: str) -> None:
    module = importlib.import_module(f"perangkat_daerah.{package}")
    with pytest.warns(
        DeprecationWarning, match=rf"{package}\.{old} is deprecated .* use {package}\.{new}$"
    ):
        cls = getattr(module, old)
    assert cls is getattr(module, new)
    assert old not in module.__all__
    assert new in module.__all__


def test_the_old_name_imports_with_a_warning() -> None:
    with pytest.warns(DeprecationWarning, match="keterbukaan.Tenggat"):
        from perangkat_daerah.keterbukaan import Tenggat
    from perangkat_daerah.keterbukaan import TrackedDeadline

    assert Tenggat is TrackedDeadline


@pytest.mark.parametrize("package", ["akuntabilitas", "keterbukaan", "perencanaan"])
def test_an_unknown_name_is_still_an_attribute_error(package: str) -> None:
    module = importlib.import_module(f"perangkat_daerah.{package}")
    with pytest.raises(AttributeError, match="NoSuchName"):
        module.NoSuchName  # noqa: B018
