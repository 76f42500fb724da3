"""CSV, TSV and TXT exports: encoding, ``sep=`` line and delimiter found, rows streamed.

Only the first :data:`SAMPLE_BYTES` are read to decide; the rows then stream through
``csv.reader`` one record at a time, so a 1 GB file needs no more memory than a small one.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from app.imports.types import FileProblem

SAMPLE_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")
# Encodings a user may choose; "gbk" text is decoded as its superset GB18030.
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16-le", "utf-16-be", "utf-16")
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# csv refuses fields longer than this by default (128 KiB); a long post text may exceed it.
csv.field_size_limit(16 * 1024 * 1024)


def normalise_encoding(name: str) -> str:
    key = name.strip().lower().replace("_", "-")
    aliases = {"gbk": "gb18030", "gb2312": "gb18030", "utf8": "utf-8", "utf-8-bom": "utf-8-sig"}
    key = aliases.get(key, key)
    try:
        codecs.lookup(key)
    except LookupError:
        raise FileProblem("", f"unknown encoding {name!r}") from None
    return key


def detect_encoding(head: bytes, file: str) -> str:
    """The encoding of a text file from its first bytes; refuses what is not text."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding
    if head[:2000].count(b"\x00") > len(head[:2000]) // 4:
        # UTF-16 without a BOM puts a NUL beside every ASCII character.
        even = head[0:2000:2].count(b"\x00")
        odd = head[1:2000:2].count(b"\x00")
        if odd > even * 4:
            return "utf-16-le"
        if even > odd * 4:
            return "utf-16-be"
        raise FileProblem(file, "is binary, not a text export")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return encoding
    raise FileProblem(file, "is not a text export in UTF-8, UTF-16 or GBK/GB18030")


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text[:4000] if ch < " " and ch not in "\t\r\n")
    return controls > max(2, len(text[:4000]) // 100)


class TextTable:
    """A delimited text file; :meth:`records` streams ``(row number, cells)``."""

    def __init__(
        self, path: Path, encoding: str | None = None, delimiter: str | None = None
    ) -> None:
        self.path = path
        self.file = path.name
        self.size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(SAMPLE_BYTES)
        self.encoding = (
            normalise_encoding(encoding) if encoding else detect_encoding(head, self.file)
        )
        try:
            sample = codecs.getincrementaldecoder(self.encoding)().decode(head, final=False)
        except UnicodeDecodeError as exc:
            raise FileProblem(
                self.file, f"cannot be read as {self.encoding}: {exc.reason}"
            ) from None
        sample = sample.removeprefix("\ufeff")
        first, _, rest = sample.partition("\n")
        self.sep_line = first.strip().lower().startswith("sep=") and len(first.strip()) in (4, 5)
        if self.sep_line:
            found = first.strip()[4:] or ","
            self.delimiter = delimiter or found
            sample = rest
        else:
            self.delimiter = delimiter or sniff_delimiter(sample)

    def position(self) -> tuple[int, int]:
        """Bytes read so far and the file's size, for progress."""
        raw = getattr(self, "_raw", None)
        try:
            done = raw.tell() if raw is not None and not raw.closed else self.size
        except (OSError, ValueError):
            done = self.size
        return min(done, self.size), self.size

    def records(self) -> Iterator[tuple[int, list[Any]]]:
        """Every record, numbered by the file line it starts on."""
        with self._reader() as (reader, offset):
            last = offset
            for cells in reader:
                start = last + 1
                last = reader.line_num + offset
                yield start, cells

    def blocks(self, size: int, after_row: int = 0) -> Iterator[tuple[Sequence[int], list[Any]]]:
        """The records below ``after_row`` in lists of ``size``, each numbered by the line
        it starts on; read a list at a time (an import's way: no Python step per row)."""
        with self._reader() as (reader, offset):
            last = offset
            first: list[list[Any]] = []
            for cells in reader:  # the header and the lines above it, one by one
                if last + 1 > after_row:
                    first = [cells]
                    break
                last = reader.line_num + offset
            while cells := first + list(islice(reader, size - len(first))):
                end = reader.line_num + offset
                rows: Sequence[int] = range(last + 1, end + 1)
                if len(rows) != len(cells):  # a quoted cell over several lines
                    rows = _starts(cells, last)
                yield rows, cells
                first, last = [], end

    @contextmanager
    def _reader(self) -> Iterator[tuple[Any, int]]:
        """The csv reader and the line before its first, with errors as FileProblems."""
        raw = self.path.open("rb")
        self._raw = raw
        stream = io.TextIOWrapper(raw, encoding=self.encoding, errors="strict", newline="")
        try:
            offset = 0  # lines before the first record: a sep= line
            if self.sep_line:
                stream.readline()
                offset = 1
            reader = csv.reader(stream, delimiter=self.delimiter, strict=False)
            try:
                yield reader, offset
            except UnicodeDecodeError as exc:
                line = reader.line_num + offset
                raise FileProblem(
                    self.file, f"is not valid {self.encoding} after line {line}: {exc.reason}"
                ) from None
            except csv.Error as exc:
                line = reader.line_num + offset
                raise FileProblem(self.file, f"line {line}: {exc}") from None
        finally:
            stream.close()


def _starts(records: list[list[str]], last: int) -> list[int]:
    """The line each record starts on, ``last`` being the line before the first: a
    record spans one line more for each line break inside its cells."""
    starts = []
    for cells in records:
        starts.append(last + 1)
        last += 1 + sum(c.count("\n") + c.count("\r") - c.count("\r\n") for c in cells)
    return starts


def sniff_delimiter(sample: str) -> str:
    """The candidate that splits the sample's rows into the most, most consistent columns."""
    best, best_score = ",", 0.0
    for candidate in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=candidate))
        except csv.Error:
            continue
        rows = rows[:-1] if len(rows) > 1 else rows  # the last may be cut off mid-record
        widths = [len(r) for r in rows if any(c.strip() for c in r)]
        if not widths:
            continue
        width, seen = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = seen / len(widths) * width
        if score > best_score:
            best, best_score = candidate, score
    return best
