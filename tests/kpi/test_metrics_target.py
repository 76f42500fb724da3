"""The "metrics" target: the platforms' export shapes, post metrics and the demo data."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.db.database import Database
from app.demo import fill
from app.imports.pipeline import ImportService
from app.imports.presets import best_preset
from app.kpi import presets
from tests.imports import corpus
from tests.imports.stored import post_values

HEADERS = {
    p.name: h
    for p, h in [
        (
            presets.META_POSTS,
            "Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,"
            "Permalink,Post type,Date,Views,Reach,Reactions, Comments and Shares,Reactions,"
            "Comments,Shares,Total clicks",
        ),
        (
            presets.INSTAGRAM_POSTS,
            "Post ID,Permalink,Publish time,Description,Post type,"
            "Duration (sec),Reach,Views,Likes,Comments,Shares,Saves,Follows",
        ),
        (
            presets.DOUYIN_WORKS,
            ",作品名称,发布时间,体裁,审核状态,播放量,完播率,5s完播率,封面点击率,"
            "2s跳出率,平均播放时长,点赞量,分享量,评论量,收藏量,主页访问量,粉丝增量",
        ),
        (
            presets.WECHAT_ARTICLES,
            "发布时间,送达人数,图文总阅读人数,图文总阅读次数,原文页阅读人数,"
            "分享转发人数,微信收藏人数,朋友圈阅读人数,朋友圈阅读次数",
        ),
        (presets.WEIBO, "日期,阅读数,转发数,评论数,点赞数"),
        (presets.BILIBILI, "日期,播放量,点赞数,投币数,收藏数,分享数,评论数,弹幕数,粉丝数"),
        (presets.XIAOHONGSHU, "日期,曝光,观看,点赞,收藏,评论,分享,涨粉"),
        (presets.KUAISHOU, "日期,播放量,点赞,评论,分享,涨粉"),
        (presets.META_DAILY, "Date,Primary"),
    ]
}
BY_NAME = {p.name: p for p in presets.BUILTIN}


@pytest.mark.parametrize("name", list(HEADERS))
def test_each_platform_export_is_recognised_by_its_header(name: str) -> None:
    import csv
    import io

    header = next(
        csv.reader(
            io.StringIO(
                HEADERS[name].replace(
                    "Reactions, Comments and Shares", '"Reactions, Comments and Shares"'
                )
            )
        )
    )
    found = best_preset(presets.BUILTIN, header)
    assert found is not None and found.name == name


def test_meta_post_export_stores_post_metrics_keyed_by_post_id(
    imports: ImportService, db_path: Path, tmp_path: Path
) -> None:
    row = (
        '1234567890_111,99,品牌官方,,新品 🎉,"30",08/05/2025 18:00,https://fb.com/p/1,Reels,'
        'Lifetime,"12,345",8000,456,400,30,26,77'
    )
    text = HEADERS[presets.META_POSTS.name] + "\n" + row + "\n"
    path = corpus.write(
        tmp_path / "Meta posts.csv",
        text.replace("Reactions, Comments and Shares", '"Reactions, Comments and Shares"'),
        "utf-8-sig",
    )
    info, preset = imports.layout(path, "metrics")
    assert preset is presets.META_POSTS
    settings = imports.settings_for(preset, info)
    from app.imports.types import ImportSettings

    result = imports.run(
        path,
        "metrics",
        settings=ImportSettings(
            settings.mapping, settings.preset, settings.options, date_order="mdy"
        ),
    )
    assert result.ok, result.problems
    assert post_values(db_path) == sorted(
        [
            ("1234567890_111", "clicks", None, 77.0),
            ("1234567890_111", "comments", None, 30.0),
            ("1234567890_111", "engagements", None, 456.0),
            ("1234567890_111", "likes", None, 400.0),
            ("1234567890_111", "reach", None, 8000.0),
            ("1234567890_111", "shares", None, 26.0),
            ("1234567890_111", "video_seconds", None, 30.0),
            ("1234567890_111", "views", None, 12345.0),
        ],
        key=repr,
    )
    with sqlite3.connect(db_path) as con:
        assert con.execute(
            "SELECT p.code, k.permalink, k.post_type, k.published_at FROM kpi_posts k "
            "JOIN platforms p ON p.id = k.platform_id"
        ).fetchall() == [("facebook", "https://fb.com/p/1", "Reels", "2025-08-05 18:00:00.000000")]
    assert (
        imports.run(
            path,
            "metrics",
            settings=ImportSettings(
                settings.mapping, settings.preset, settings.options, date_order="mdy"
            ),
        ).unchanged
        == 8
    )


def test_wechat_article_data_in_gbk(imports: ImportService, db_path: Path, tmp_path: Path) -> None:
    text = (
        HEADERS[presets.WECHAT_ARTICLES.name]
        + "\n2025-08-01 20:00,10000,2300,2900,12,45,30,800,950\n"
    )
    path = corpus.write(tmp_path / "图文数据.csv", text, "gb18030")
    result = imports.run(path, "metrics")
    assert result.ok and result.added == 8
    assert ("|2025-08-01T20:00:00", "readers", None, 2300.0) in post_values(db_path)


def test_small_demo_has_three_years_of_daily_metrics_for_every_account(db: Database) -> None:
    today = date(2026, 11, 29)
    summary = fill(db, "small", today=today)
    assert summary.rows["kpi_account_metrics"] > 50_000
    assert db.path is not None
    with sqlite3.connect(db.path) as con:
        accounts = con.execute("SELECT count(*) FROM accounts").fetchone()[0]
        per_account = con.execute(
            "SELECT account_id, min(day), max(day), count(DISTINCT day) FROM kpi_account_metrics"
            " GROUP BY account_id"
        ).fetchall()
        assert len(per_account) == accounts
        for _, first, last, days in per_account:
            assert (first, last) == ("2023-11-28", "2026-11-28") and days == 1097
        # Weekly rhythm, growth and spikes: weekly sums differ, the last year beats the first.
        views = dict(
            con.execute(
                "SELECT substr(m.day, 1, 4), sum(m.value) FROM kpi_account_metrics m"
                " JOIN kpi_metrics k ON k.id = m.metric_id WHERE k.code = 'views' GROUP BY 1"
            ).fetchall()
        )
        assert views["2026"] > views["2024"]
        assert con.execute("SELECT count(*) FROM kpi_post_metrics").fetchone()[0] > 10_000


def test_a_user_defined_metric_imports_by_its_name(
    imports: ImportService, db: Database, db_path: Path, tmp_path: Path
) -> None:
    from app.kpi.metrics import MetricsService
    from tests.imports.stored import daily

    path = corpus.write(
        tmp_path / "live.csv", "Account,Date,Metric,Value\nbrand_wb,2025/8/1,直播观看,88\n", "utf-8"
    )
    assert not imports.run(path, "metrics").ok  # not a metric yet
    metric = MetricsService(db).add_metric("Live viewers", "直播观看", "integer")
    assert metric.code == "u_live_viewers" and not metric.builtin
    assert imports.run(path, "metrics").added == 1
    assert daily(db_path) == [("brand_wb", "2025-08-01", "u_live_viewers", 88.0)]
