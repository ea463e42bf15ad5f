"""Paths on disk (files, folders, .zip archives) as a flat list of named inputs."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from events.importing.read import SUPPORTED_SUFFIXES
from events.importing.validate import ImportRefused, check_size


@dataclass(frozen=True)
class Item:
    name: str
    load: Callable[[], bytes]  # read late, so a bad or huge member costs only itself


def _file_item(path: Path, name: str) -> Item:
    def load() -> bytes:
        check_size(path.stat().st_size)
        return path.read_bytes()

    return Item(name=name, load=load)


# What a damaged archive raises while it is opened or a member inflated: a bad CRC, a central
# directory that lies about sizes or offsets, an unknown method, an encrypted member.
_BROKEN_ZIP = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    KeyError,
    NotImplementedError,
    RuntimeError,
)


def _bad_zip(name: str) -> ImportRefused:
    return ImportRefused(f"الأرشيف ‎.zip تالف: تعذّرت قراءة «{name}».", code="bad_zip")


def _zip_items(path: Path) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(path)
    except _BROKEN_ZIP:

        def refuse() -> bytes:
            raise _bad_zip(path.name)

        yield Item(name=str(path), load=refuse)
        return
    with archive:
        infos = sorted(
            (
                i
                for i in archive.infolist()
                if not i.is_dir() and i.filename.lower().endswith(SUPPORTED_SUFFIXES)
            ),
            key=lambda i: i.filename,
        )
    for info in infos:

        def load(info=info) -> bytes:
            # The declared size first, then a bounded read: a zip bomb lies about neither for long.
            check_size(info.file_size)
            try:
                with zipfile.ZipFile(path) as archive, archive.open(info) as member:
                    data = member.read(settings.IMPORT_MAX_BYTES + 1)
            except _BROKEN_ZIP as error:
                raise _bad_zip(info.filename) from error
            check_size(len(data))
            return data

        yield Item(name=f"{path}:{info.filename}", load=load)


def expand(paths: list[str | Path]) -> list[Item]:
    items: list[Item] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() == ".zip":
                    items.extend(_zip_items(child))
                elif child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    items.append(_file_item(child, str(child)))
        elif path.suffix.lower() == ".zip" and path.is_file():
            items.extend(_zip_items(path))
        elif path.is_file():
            items.append(_file_item(path, str(path)))
        else:

            def missing(path=path) -> bytes:
                raise ImportRefused(f"لا يوجد ملف أو مجلد بهذا الاسم: {path}", code="missing")

            items.append(Item(name=str(path), load=missing))
    return items
