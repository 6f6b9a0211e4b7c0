"""Reading and writing CSV the same way everywhere (private).

Every CSV loader of the library reads through :func:`read_rows` and every CSV writer writes
through :func:`write_rows`, so they share one behaviour:

* the source is CSV text (``str``), a path (:class:`os.PathLike`), or an open text or binary
  file; bytes and files are UTF-8, and a UTF-8 byte-order mark is dropped;
* the delimiter is ``,`` or ``;`` (spreadsheets in the Indonesian locale export ``;``):
  declared by the caller, or else taken from the header line;
* any malformed input (a field over the size limit, an unterminated quote, a NUL byte) is a
  :class:`~perangkat_daerah.errors.ValidationError` naming the line, never ``csv.Error``;
* on writing, a text cell that a spreadsheet would run as a formula (it starts with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return) is prefixed with ``'`` as OWASP
  recommends; plain numbers such as ``-5`` are left alone. Reading strips that one ``'``
  again, so what the library writes reads back equal.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Literal, Union

from perangkat_daerah.errors import ValidationError

__all__ = ["CsvSource", "Delimiter", "neutralise", "read_rows", "restore", "write_rows"]

CsvSource = Union[str, bytes, "os.PathLike[str]", IO[str], IO[bytes]]
"""CSV text, UTF-8 bytes, a path, or an open (text or binary) file."""

Delimiter = Literal[",", ";"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?", re.ASCII)


def _text(source: CsvSource) -> str:
    if isinstance(source, str):
        return source.removeprefix("\ufeff")
    if isinstance(source, os.PathLike):
        try:
            data: str | bytes = Path(source).read_bytes()
        except OSError as exc:
            raise ValidationError.single(
                "source", f"cannot read the file: {exc.strerror}", str(source)
            ) from None
    elif isinstance(source, bytes):
        data = source
    elif hasattr(source, "read"):
        data = source.read()
    else:
        raise ValidationError.single("source", "expected CSV text, a path or an open file", source)
    if isinstance(data, bytes):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError.single(
                "source", f"not UTF-8 text (byte {exc.start} cannot be decoded)"
            ) from None
    if not isinstance(data, str):
        raise ValidationError.single("source", "the file gave neither text nor bytes", data)
    return data.removeprefix("\ufeff")


def _delimiter(text: str, declared: Delimiter | None) -> str:
    if declared is not None:
        if declared not in (",", ";"):
            raise ValidationError.single("delimiter", "expected ',' or ';'", declared)
        return declared
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def restore(cell: str) -> str:
    """A cell as it was before :func:`neutralise` (``'=x`` → ``=x``); others unchanged."""
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_START):
        return cell[1:]
    return cell


def read_rows(
    source: CsvSource, *, delimiter: Delimiter | None = None
) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """The header and the data rows ``(line number, {column: cell})`` of a CSV source.

    Cells are restored (see :func:`restore`); a row with more cells than the header keeps
    the extra cells under the column ``""``. Any malformed input raises
    :class:`~perangkat_daerah.errors.ValidationError` naming the line.

    >>> header, rows = read_rows("\\ufeffa;b\\n1;'=2\\n")
    >>> header, list(rows)
    (['a', 'b'], [(2, {'a': '1', 'b': '=2'})])
    """
    text = _text(source)
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(text, delimiter), strict=True
    )
    header = [h.strip() for h in _next(reader, 1)]

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        while True:
            line = reader.line_num + 1
            cells = _next(reader, line)
            if cells is _END:
                return
            if not any(c.strip() for c in cells):
                continue
            row = {h: restore(c) for h, c in zip(header, cells, strict=False)}
            if len(cells) > len(header):
                row[""] = ",".join(cells[len(header) :])
            yield reader.line_num, row

    return header, rows()


_END: list[str] = []


def _next(reader: Iterator[list[str]], line: int) -> list[str]:
    try:
        return next(reader)
    except StopIteration:
        return _END
    except csv.Error as exc:
        raise ValidationError.single(f"line {line}", f"malformed CSV: {exc}") from None


def neutralise(cell: object) -> str:
    """A cell's text, made safe to open in a spreadsheet (OWASP "CSV injection").

    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-5"), neutralise("-x")
    ('\\'=HYPERLINK("http://x")', '-5', "'-x")
    """
    text = "" if cell is None else str(cell)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_rows(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV text (``,``-delimited, ``\\n`` line ends) with every cell :func:`neutralise`-d."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise(c) for c in row])
    return out.getvalue()
