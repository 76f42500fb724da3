"""The metrics Social Desk knows out of the box (users may add their own).

Kept free of SQLAlchemy: the UI shows these names before a database is open. Migration
0004 seeds a frozen copy of this table.
"""

from __future__ import annotations

from typing import Final

# code, English name, Chinese name, kind (a field kind of the import pipeline)
BUILTIN_METRICS: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("followers", "Followers", "粉丝数", "integer"),
    ("follower_change", "Follower change", "粉丝增量", "integer"),
    ("views", "Views / reads", "播放/阅读量", "integer"),
    ("reach", "Reach", "触达人数", "integer"),
    ("impressions", "Impressions", "曝光量", "integer"),
    ("likes", "Likes", "点赞数", "integer"),
    ("comments", "Comments", "评论数", "integer"),
    ("shares", "Shares / reposts", "分享/转发数", "integer"),
    ("saves", "Saves", "收藏数", "integer"),
    ("clicks", "Clicks", "点击数", "integer"),
    ("conversions", "Conversions", "转化数", "integer"),
    ("revenue", "Revenue", "收入", "number"),
    ("ad_spend", "Ad spend", "广告花费", "number"),
    ("engagements", "Reactions, comments and shares", "互动数", "integer"),
    ("profile_visits", "Profile visits", "主页访问量", "integer"),
    ("completion_rate", "Completion rate", "完播率", "rate"),
    ("completion_rate_5s", "5-second completion rate", "5秒完播率", "rate"),
    ("cover_click_rate", "Cover click-through rate", "封面点击率", "rate"),
    ("bounce_rate_2s", "2-second bounce rate", "2秒跳出率", "rate"),
    ("avg_watch_seconds", "Average watch time (s)", "平均播放时长(秒)", "duration"),
    ("video_seconds", "Video length (s)", "视频时长(秒)", "duration"),
    ("coins", "Coins", "投币数", "integer"),
    ("danmaku", "Bullet comments", "弹幕数", "integer"),
    ("delivered", "Delivered to", "送达人数", "integer"),
    ("readers", "Readers", "阅读人数", "integer"),
    ("original_readers", "Original-page readers", "原文页阅读人数", "integer"),
    ("sharers", "People who shared", "分享转发人数", "integer"),
    ("moments_readers", "Moments readers", "朋友圈阅读人数", "integer"),
    ("moments_reads", "Moments reads", "朋友圈阅读次数", "integer"),
)

METRIC_KINDS: Final = ("integer", "number", "rate", "duration")
