"""Files the command line writes: only into a directory the user named, never through a
symbolic link it did not create (private)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from perangkat_daerah.errors import PerangkatDaerahError

__all__ = ["OutputError", "prepare_directory", "refuse_link", "write_file"]


class OutputError(PerangkatDaerahError, OSError):
    """A file or directory the command was asked to write cannot be written safely."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"cannot write {self.path}: {reason}")


def prepare_directory(path: Path) -> Path:
    """``path`` as an existing directory, created if missing; a symbolic link or a file
    there is refused (the command never follows a link it did not create)."""
    if path.is_symlink():
        raise OutputError(path, "it is a symbolic link; give the real directory")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(path, "it exists and is not a directory") from None
    except OSError as exc:
        raise OutputError(path, exc.strerror or type(exc).__name__) from None
    if path.is_symlink() or not path.is_dir():  # replaced between the checks
        raise OutputError(path, "it is not a plain directory")
    return path


def refuse_link(path: Path) -> None:
    """Refuse ``path`` if a symbolic link sits there."""
    if path.is_symlink():
        raise OutputError(path, "it is a symbolic link; the command does not follow it")


def write_file(directory: Path, name: str, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``directory/name``, refusing to follow a symbolic link there."""
    target = directory / name
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP or target.is_symlink():
            raise OutputError(
                target, "it is a symbolic link; the command does not follow it"
            ) from None
        raise OutputError(target, exc.strerror or type(exc).__name__) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as exc:
        raise OutputError(target, exc.strerror or type(exc).__name__) from None
    return target
