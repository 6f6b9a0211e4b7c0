"""Serialization: one configured cattrs converter, JSON/TOML helpers, friendly errors.

>>> from perangkat_daerah import io, wilayah
>>> text = io.to_json(wilayah.get("51"), indent=None)
>>> text
'{"kode": "51", "nama": "Bali", "jenis": "provinsi", "zona_waktu": "WITA", "fiktif": false, "dasar": ["Kepmendagri 300.2.2-2138/2025"]}'
>>> io.from_json(text, wilayah.Daerah) == wilayah.get("51")
True
"""

from perangkat_daerah.io._converter import (
    converter,
    from_json,
    from_toml,
    not_serializable,
    rule_table,
    structure,
    to_json,
    unstructure,
)

__all__ = [
    "converter",
    "from_json",
    "from_toml",
    "not_serializable",
    "rule_table",
    "structure",
    "to_json",
    "unstructure",
]
