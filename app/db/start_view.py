"""What a database showed when the app last closed, to show again at the next start
while SQLAlchemy loads and the database opens (about half a second on a laptop).

The view is kept only while it is certainly still true: it is saved after the database
was closed, with the file's fingerprint at that moment (inode, size, modification and
change times of the file and of its write-ahead log), and given back only if

- the fingerprint is unchanged: nothing has written into the file since (any write, by
  any program, moves its times; ``st_ctime`` cannot be set back by hand);
- it was saved today, in the same time zone (what a plan's health says depends on the
  date, and its posts are counted on local days);
- by this version of Social Desk, with every field its data classes have now;
- for the same question (``params``: what the tab would read at start).

A damaged or foreign cache file is ignored and removed; unpickling takes only this
project's data classes and the standard date and number types, never a callable.
No SQLAlchemy and no Qt: it runs before either is loaded.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import logging
import os
import pickle
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app import __version__, paths

log = logging.getLogger("socialdesk")

FOLDER = "start-views"
# Types a view may hold besides the project's own data classes (module → names).
_STANDARD = {
    "datetime": {"date", "datetime", "time", "timedelta", "timezone"},
    "decimal": {"Decimal"},
    "builtins": {"frozenset", "set", "tuple", "list", "dict"},
    "zoneinfo": {"ZoneInfo"},
}

Fingerprint = tuple[tuple[int, int, int, int] | None, ...]


def fingerprint(path: Path) -> Fingerprint | None:
    """The file and its ``-wal`` and ``-journal`` as they are now; None: no such file."""
    try:
        main = _stat(path)
    except OSError:
        return None
    parts: list[tuple[int, int, int, int] | None] = [main]
    for suffix in ("-wal", "-journal"):
        try:
            parts.append(_stat(Path(f"{path}{suffix}")))
        except FileNotFoundError:
            parts.append(None)
        except OSError:
            return None
    return tuple(parts)


def _stat(path: Path) -> tuple[int, int, int, int]:
    st = path.stat()
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def cache_file(path: Path, name: str) -> Path:
    key = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:24]
    return paths.cache_dir() / FOLDER / f"{key}-{name}.pickle"


def save(path: Path, name: str, params: object, view: object, *, today: date | None = None) -> bool:
    """Keep ``view`` for ``path`` (closed by now). False if it could not be written:
    the next start then simply reads the database."""
    stamp = fingerprint(path)
    if stamp is None:
        return False
    record = {
        "version": __version__,
        "path": str(path.resolve()),
        "fingerprint": stamp,
        "day": (today or date.today()).isoformat(),
        "zone": _zone(),
        "params": params,
        "view": view,
    }
    target = cache_file(path, name)
    part = target.with_name(target.name + ".part")
    try:
        paths.ensure(target.parent)
        part.write_bytes(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(part, target)
    except (OSError, pickle.PicklingError) as exc:
        log.warning("could not keep the start view of %s: %s", path, exc)
        with contextlib.suppress(OSError):
            part.unlink()
        return False
    return True


def load(path: Path, name: str, params: object, *, today: date | None = None) -> Any | None:
    """The view kept for ``path`` if it is still true (see the module), else None."""
    target = cache_file(path, name)
    try:
        data = target.read_bytes()
    except OSError:
        return None
    try:
        record = _Unpickler(io.BytesIO(data)).load()
        usable = (
            isinstance(record, dict)
            and record.get("version") == __version__
            and record.get("path") == str(path.resolve())
            and _complete(record.get("view"))
        )
    except Exception as exc:  # damaged, truncated or foreign: read the database instead
        log.info("start view %s ignored: %s", target, exc)
        usable = False
    if not usable:
        forget(path, name)
        return None
    if (
        record["fingerprint"] != fingerprint(path)
        or record["day"] != (today or date.today()).isoformat()
        or record.get("zone") != _zone()
        or record["params"] != params
    ):
        return None
    return record["view"]


def _zone() -> str:
    now = datetime.now().astimezone()
    return f"{now.tzname()} {now.utcoffset()}"


def forget(path: Path, name: str) -> None:
    with contextlib.suppress(OSError):
        cache_file(path, name).unlink()


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module in _STANDARD and name in _STANDARD[module]:
            return super().find_class(module, name)
        if module.startswith("app.") and "." not in name:
            found = super().find_class(module, name)
            if isinstance(found, type) and (dataclasses.is_dataclass(found) or _is_enum(found)):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a view")


def _is_enum(cls: type) -> bool:
    from enum import Enum

    return issubclass(cls, Enum)


def _complete(value: object, depth: int = 0) -> bool:
    """Every data class in ``value`` has exactly the fields its class has now: a view
    saved before a field was added or renamed is not shown with the field missing."""
    if depth > 50:
        return False
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = {f.name for f in dataclasses.fields(value)}
        held = set(getattr(value, "__dict__", {}) or ())
        if not held:  # a slotted class
            held = {n for n in names if hasattr(value, n)}
        if held != names:
            return False
        return all(_complete(getattr(value, n), depth + 1) for n in names)
    if isinstance(value, tuple | list | set | frozenset):
        return all(_complete(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(_complete(v, depth + 1) for v in value.values())
    return True
