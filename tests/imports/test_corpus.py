"""Each kind of export file, generated here, imports to exactly these stored values."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.imports.pipeline import ImportService
from app.imports.types import FileProblem, ImportSettings, ReadOptions
from tests.imports import corpus
from tests.imports.stored import daily, post_values, table_dump


@pytest.mark.parametrize(
    ("encoding", "shown"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),  # with a BOM, little-endian here
        ("utf-16-be-bom", "utf-16"),
    ],
)
def test_every_encoding_stores_the_same_values(
    imports: ImportService, db_path: Path, tmp_path: Path, encoding: str, shown: str
) -> None:
    path = tmp_path / "daily.csv"
    if encoding == "utf-16-be-bom":
        path.write_bytes(codecs.BOM_UTF16_BE + corpus.daily_text().encode("utf-16-be"))
    else:
        corpus.write(path, corpus.daily_text(), encoding)
    info, preset = imports.layout(path, "metrics")
    assert info.encoding == shown
    assert preset is not None and preset.name == "Social Desk metrics"
    result = imports.run(path, "metrics", who="test")
    assert (result.added, result.updated, result.unchanged, result.problems) == (3, 0, 0, ())
    assert daily(db_path) == corpus.DAILY_STORED


def test_gbk_export_with_gb18030_only_characters_is_read(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    # 𠮷 is outside GBK: only GB18030 (the superset we decode GBK with) encodes it.
    text = "作品名称,发布时间,播放量,点赞量\n〇号仓库 𠮷野家,2025/8/1 18:30,1.2万,300\n"
    path = corpus.write(tmp_path / "douyin.csv", text, "gb18030")
    info, _ = imports.layout(path, "metrics")
    assert info.encoding == "gb18030"
    imports.run(path, "metrics")
    assert post_values(db_path) == [
        ("〇号仓库 𠮷野家|2025-08-01T18:30:00", "likes", None, 300.0),
        ("〇号仓库 𠮷野家|2025-08-01T18:30:00", "views", None, 12000.0),
    ]


def test_encoding_may_be_overridden(imports: ImportService, tmp_path: Path) -> None:
    path = corpus.write(tmp_path / "d.csv", corpus.daily_text(), "gb18030")
    info, _ = imports.layout(path, "metrics", ReadOptions(encoding="GBK"))
    assert info.encoding == "gb18030"
    with pytest.raises(FileProblem, match="utf-8"):
        imports.run(path, "metrics", ReadOptions(encoding="utf-8"))


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_found(
    imports: ImportService, db_path: Path, tmp_path: Path, delimiter: str
) -> None:
    path = corpus.write(tmp_path / "d.txt", corpus.daily_text(delimiter), "utf-8")
    info, _ = imports.layout(path, "metrics")
    assert info.delimiter == delimiter
    imports.run(path, "metrics")
    assert daily(db_path) == corpus.DAILY_STORED


def test_meta_daily_series_utf16_sep_line_and_metric_from_its_title(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = corpus.meta_daily(tmp_path / "Facebook follows.csv")
    info, preset = imports.layout(path, "metrics")
    assert (info.encoding, info.delimiter, info.header_row) == ("utf-16", ",", 3)
    assert info.title_lines == ("Facebook Page follows",)
    assert preset is not None and preset.name == "Meta daily series"
    settings = imports.settings_for(preset, info)
    settings = ImportSettings(
        settings.mapping, settings.preset, {**settings.options, "account": "brand_wb"}
    )
    result = imports.run(path, "metrics", settings=settings)
    assert result.added == 3
    assert daily(db_path) == [
        ("brand_wb", "2025-08-01", "follower_change", 12.0),
        ("brand_wb", "2025-08-02", "follower_change", 0.0),
        ("brand_wb", "2025-08-03", "follower_change", 7.0),
    ]


def test_title_rows_above_the_header_and_embedded_newlines_and_emoji(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    text = (
        "Instagram 帖子数据\n2025-08-01 - 2025-08-31\n\n"
        "Post ID,Permalink,Publish time,Description,Post type,Reach,Views,Likes,Comments,"
        "Shares,Saves,Follows,Date\n"
        '17901,https://ig/p/1,08/05/2025 10:00,"两行\n标题 🎉😀",Reel,"1,200",3400,120,-,5,7,2,'
        "Lifetime\n"
        "Total,,,,,1200,3400,120,0,5,7,2,\n"
    )
    path = corpus.write(tmp_path / "ig.csv", text, "utf-8-sig")
    info, preset = imports.layout(path, "metrics")
    assert info.header_row == 4 and preset is not None and preset.name == "Instagram posts"
    settings = imports.settings_for(preset, info)
    preview = imports.preview(path, "metrics", settings=settings)
    assert preview.ambiguous_dates  # 08/05/2025: 5 August or 8 May?
    result = imports.run(
        path,
        "metrics",
        settings=ImportSettings(
            settings.mapping, settings.preset, settings.options, date_order="mdy"
        ),
    )
    assert result.ok and result.added == 6  # comments "-" is missing, not zero
    assert ("17901", "reach", None, 1200.0) in post_values(db_path)
    assert ("17901", "comments", None, 0.0) not in post_values(db_path)  # "-" is missing
    import sqlite3

    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT title, published_at FROM kpi_posts").fetchall() == [
            ("两行\n标题 🎉😀", "2025-08-05 10:00:00.000000")
        ]


def test_ragged_row_is_reported_with_its_line(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    text = corpus.daily_text() + "brand_wb,2025/8/9,views,5,extra\nbrand_wb,2025/8/10\n"
    path = corpus.write(tmp_path / "ragged.csv", text, "utf-8")
    before = table_dump(db_path)
    result = imports.run(path, "metrics")
    assert not result.ok
    assert [(p.row, p.reason) for p in result.problems] == [
        (6, "has 5 cells; the header has 4"),
        (7, "has 2 cells; the header has 4"),
    ]
    assert table_dump(db_path) == before


def test_douyin_workbook_with_index_column_and_date_time_cells(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = corpus.douyin_xlsx(tmp_path / "作品数据.xlsx")
    _check_douyin(imports, db_path, path)


def test_excel_serial_dates_read_as_dates(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = corpus.douyin_xlsx(tmp_path / "serial.xlsx", serial_dates=True)
    _check_douyin(imports, db_path, path)


def _check_douyin(imports: ImportService, db_path: Path, path: Path) -> None:
    info, preset = imports.layout(path, "metrics")
    assert info.kind == "excel" and preset is not None and preset.name.startswith("抖音")
    assert "" not in [info.header[i] for i in imports.settings_for(preset, info).mapping]
    result = imports.run(path, "metrics")
    assert result.ok, result.problems
    stored = post_values(db_path)
    first = "夏日新品开箱 🎉|2025-08-01T18:30:00"
    second = "〇号仓库探店 𠮷|2025-08-02T09:05:00"
    assert (first, "completion_rate", None, 0.1234) in stored
    assert (first, "avg_watch_seconds", None, 23.5) in stored
    assert (second, "views", None, 12000.0) in stored
    assert not any(r[0] == second and r[1] == "completion_rate" for r in stored)
    assert len(stored) == 11 + 6  # a "-" stores nothing


def test_old_xls_workbook(imports: ImportService, db_path: Path, tmp_path: Path) -> None:
    path = corpus.xls(tmp_path / "weibo.xls")
    info, preset = imports.layout(path, "metrics")
    assert info.sheets == ("数据",) and preset is not None and preset.name.startswith("微博")
    settings = imports.settings_for(preset, info)
    settings = ImportSettings(settings.mapping, settings.preset, {"account": "brand_wb"})
    assert imports.run(path, "metrics", settings=settings).added == 7
    assert daily(db_path)[:4] == [
        ("brand_wb", "2025-08-01", "comments", 30.0),
        ("brand_wb", "2025-08-01", "likes", 450.0),
        ("brand_wb", "2025-08-01", "shares", 12.0),
        ("brand_wb", "2025-08-01", "views", 1500.0),
    ]
    assert ("brand_wb", "2025-08-02", "views", 25000.0) in daily(db_path)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: corpus.truncated(corpus.douyin_xlsx(d / "s.xlsx"), d / "t.xlsx"), "damaged"),
        (lambda d: corpus.zip_bomb(d / "bomb.xlsx"), "inflates to more than 512 MB"),
        (lambda d: _png(d / "photo.csv"), "not a text export"),
        (lambda d: _empty(d / "empty.csv"), "is empty"),
        (lambda d: corpus.truncated(corpus.xls(d / "w.xls"), d / "t.xls"), "workbook"),
    ],
    ids=["truncated-xlsx", "zip-bomb", "binary-renamed-csv", "empty", "truncated-xls"],
)
def test_unreadable_files_give_a_message_not_a_traceback(
    imports: ImportService, tmp_path: Path, make: object, message: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(FileProblem, match=message):
        imports.run(path, "metrics")


def test_workbook_renamed_csv_is_read_as_a_workbook(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = corpus.douyin_xlsx(tmp_path / "works.csv")
    assert imports.run(path, "metrics").added == 17


def test_nul_bytes_are_reported(imports: ImportService, tmp_path: Path) -> None:
    text = corpus.daily_text() + "brand_wb,2025/8/9,vi\x00ews,5\n"
    result = imports.run(corpus.write(tmp_path / "nul.csv", text, "utf-8"), "metrics")
    assert [(p.row, p.reason) for p in result.problems] == [(6, "contains a NUL character")]


def _png(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path
