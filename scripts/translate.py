"""Refresh the Chinese .ts from the source and fill new strings from TSV files.

    .venv/bin/python scripts/translate.py [TSV ...]

Runs pyside6-lupdate over every ui/*.py (dropping strings no longer in the source),
then fills each unfinished message whose (context, source) a TSV line gives:
``Context<TAB>English source<TAB>Chinese``, with ``\\n`` and ``\\t`` written escaped.
Prints what is still untranslated. Holds a lock so that two runs never interleave.
"""

from __future__ import annotations

import fcntl
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "socialdesk_zh_CN.ts"


def unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_tsv(paths: list[str]) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{n}: want 3 tab-separated fields, got {len(parts)}")
            found[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    return found


def lupdate() -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(tool), "-silent", "-no-obsolete", *sources, "-ts", str(TS.relative_to(ROOT))],
        check=True,
        cwd=ROOT,
    )


def fill(known: dict[tuple[str, str], str]) -> list[str]:
    tree = ET.parse(TS)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            source = message.findtext("source") or ""
            if tr.get("type") == "unfinished" or not "".join(tr.itertext()).strip():
                if (name, source) in known:
                    forms = tr.findall("numerusform")
                    if forms:  # a "%n" message: its text goes in each plural form
                        for form in forms:
                            form.text = known[(name, source)]
                    else:
                        tr.text = known[(name, source)]
                    tr.attrib.pop("type", None)
                else:
                    missing.append(f"{name}\t{source!r}")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    known = read_tsv(sys.argv[1:])
    with (TS.parent / ".translate.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lupdate()
        missing = fill(known)
        lupdate()  # back to lupdate's own layout
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
