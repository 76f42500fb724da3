"""The quality benchmark runs on a team's own labelled CSV and says what is wrong with a
bad one (no SnowNLP needed: the baseline is left out)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.bench_sentiment import run

ROWS = [
    ("0", "服务太差了，我要投诉"),
    ("0", "难吃死了"),
    ("0", "客服一直不回复"),
    ("0", "这件起球了"),
    ("1", "物流很快，包装完好，五星好评"),
    ("1", "质量很好，很满意"),
    ("1", "谢谢小编，已经收到"),
    ("0", "穿两天就起球"),
]


def test_figures_for_a_teams_own_comments(tmp_path: Path) -> None:
    own = tmp_path / "our_comments.csv"
    own.write_text(
        "label,review\n" + "".join(f'{label},"{text}"\n' for label, text in ROWS), "utf-8"
    )
    figures = dict(run(own, baseline=False))
    assert figures["rows"] == "8 (5 negative) from our_comments.csv"
    assert figures["Social Desk"].startswith("accuracy ")
    assert "negative recall" in figures["Social Desk"]
    assert "messages/s" in figures["Social Desk"]
    assert figures["corrections split"] == "seed 7: 4 to draw from, 4 measured"
    assert "with 0 corrections" in figures and "with 4 corrections" in figures


def test_a_bad_file_is_named_not_a_traceback(tmp_path: Path) -> None:
    no_label = tmp_path / "wrong.csv"
    no_label.write_text("score,text\n1,好\n", "utf-8")
    assert run(no_label, baseline=False) == [
        ("labelled CSV", "cannot be read: wrong.csv: no column label, review")
    ]
    bad_label = tmp_path / "bad.csv"
    bad_label.write_text("label,review\n1,好\npositive,不错\n", "utf-8")
    assert "line 3: label 'positive' is not 0 or 1" in run(bad_label, baseline=False)[0][1]
    assert "not found" in run(tmp_path / "missing.csv", baseline=False)[0][1]
