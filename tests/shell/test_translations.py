"""Every user-visible string of the UI has a Simplified Chinese translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "socialdesk_zh_CN.ts"


def untranslated(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            text = "".join(translation.itertext()).strip()
            if translation.get("type") == "unfinished" or not text:
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def test_committed_translation_is_complete() -> None:
    assert untranslated(TS) == []


def test_source_has_no_string_missing_from_the_translation(tmp_path: Path) -> None:
    """Runs lupdate over ui/ into a copy: a new tr() string shows up as unfinished."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert untranslated(copy) == [], "run ./dev lupdate and translate the new strings"
