"""Writing a document to a file in the format its name (or the caller) asks for."""

from __future__ import annotations

from pathlib import Path

from perangkat_daerah.dokumen._model import Dokumen
from perangkat_daerah.errors import ValidationError

__all__ = ["FORMATS", "render", "write"]

FORMATS = ("md", "html", "docx")


def render(doc: Dokumen, format: str) -> bytes:
    """``doc`` rendered as ``md``, ``html`` (UTF-8 text) or ``docx``."""
    if format == "md":
        return doc.to_markdown().encode("utf-8")
    if format == "html":
        return doc.to_html().encode("utf-8")
    if format == "docx":
        return doc.to_docx()
    raise ValidationError.single("format", f"expected one of {', '.join(FORMATS)}", format)


def write(doc: Dokumen, path: str | Path, format: str | None = None) -> Path:
    """Write ``doc`` to ``path``; the format defaults to the file's suffix."""
    target = Path(path)
    data = render(doc, format or target.suffix.lstrip(".").lower())
    target.write_bytes(data)
    return target
