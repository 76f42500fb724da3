"""Export files the tests generate: every encoding, shape and kind of damage."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

DAILY_HEADER = "Account,Date,Metric,Value"
DAILY_ROWS = [
    ("brand_wb", "2025/8/1", "views", "1,234"),
    ("brand_wb", "2025-08-02", "点赞数", "1.2万"),
    ("品牌微博", "2025年8月3日", "Shares / reposts", "3.5亿"),
    ("brand_wb", "2025/8/4", "views", "-"),
]
DAILY_STORED = [
    ("brand_wb", "2025-08-01", "views", 1234.0),
    ("brand_wb", "2025-08-02", "likes", 12000.0),
    ("brand_wb", "2025-08-03", "shares", 350000000.0),
]


def daily_text(delimiter: str = ",") -> str:
    lines = [DAILY_HEADER.replace(",", delimiter)]
    for row in DAILY_ROWS:
        cells = [f'"{c}"' if delimiter in c or "," in c else c for c in row]
        lines.append(delimiter.join(cells))
    return "\r\n".join(lines) + "\r\n"


def write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def meta_daily(path: Path) -> Path:
    """Meta's daily series: UTF-16 LE with a BOM, ``sep=,``, the metric's name, then data."""
    text = (
        'sep=,\n"Facebook Page follows"\n"Date","Primary"\n'
        '"2025-08-01T00:00:00","12"\n"2025-08-02T00:00:00","0"\n"2025-08-03T00:00:00","7"\n'
    )
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    return path


def douyin_xlsx(path: Path, serial_dates: bool = False) -> Path:
    """Douyin works data: an unnamed index column, date-time cells, ``-`` and fractions."""
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.append(
        [
            None,
            "作品名称",
            "发布时间",
            "体裁",
            "审核状态",
            "播放量",
            "完播率",
            "5s完播率",
            "封面点击率",
            "2s跳出率",
            "平均播放时长",
            "点赞量",
            "分享量",
            "评论量",
            "收藏量",
            "主页访问量",
            "粉丝增量",
        ]
    )
    first = datetime(2025, 8, 1, 18, 30)
    second = datetime(2025, 8, 2, 9, 5)
    ws.append(
        [
            1,
            "夏日新品开箱 🎉",
            45870.7708333333 if serial_dates else first,
            "视频",
            "通过",
            12345,
            0.1234,
            0.456,
            "-",
            0.3,
            23.5,
            800,
            12,
            34,
            56,
            78,
            9,
        ]
    )
    ws.append(
        [
            2,
            "〇号仓库探店 𠮷",
            45871.3784722222 if serial_dates else second,
            "图文",
            "通过",
            "1.2w",
            "-",
            "-",
            "-",
            "-",
            "-",
            100,
            0,
            1,
            2,
            "-",
            0,
        ]
    )
    book.save(path)
    return path


def truncated(source: Path, path: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zip_bomb(path: Path, inflated_mb: int = 600) -> Path:
    """An .xlsx whose one sheet inflates to ``inflated_mb`` MB (compressed to ~1 MB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = b" " * (1024 * 1024)
            for _ in range(inflated_mb):
                sheet.write(block)
    return path


def xls(path: Path) -> Path:
    """An old-format .xls, as some back offices still export (written with xlwt)."""
    import xlwt  # type: ignore[import-untyped]

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("数据")
    for c, h in enumerate(["日期", "阅读数", "转发数", "评论数", "点赞数"]):
        ws.write(0, c, h)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(1, 0, datetime(2025, 8, 1), date_style)
    for c, v in enumerate([1500, 12, 30, 450], start=1):
        ws.write(1, c, v)
    ws.write(2, 0, datetime(2025, 8, 2), date_style)
    for c, v in enumerate(["2.5万", "-", 3, 4], start=1):
        ws.write(2, c, v)
    book.save(str(path))
    return path
