"""Built-in presets for the analytics exports platforms write today.

Each maps the export's column headers to fields of the "metrics" target (``m:<code>``
is a metric). ``required`` are the columns that tell this export from the others.
"""

from __future__ import annotations

from app.imports.types import Preset

_DAY = {"日期": "date", "时间": "date", "Date": "date"}


def _preset(
    name: str, columns: dict[str, str], required: tuple[str, ...], **options: str
) -> Preset:
    return Preset(name, "metrics", columns, required, options, builtin=True)


META_POSTS = _preset(
    "Meta Business Suite posts (Facebook)",
    {
        "Post ID": "post_id",
        "Page name": "account",
        "Title": "title",
        "Duration (sec)": "m:video_seconds",
        "Publish time": "published_at",
        "Permalink": "permalink",
        "Post type": "post_type",
        "Date": "snapshot_date",
        "Views": "m:views",
        "Reach": "m:reach",
        "Reactions, Comments and Shares": "m:engagements",
        "Reactions": "m:likes",
        "Comments": "m:comments",
        "Shares": "m:shares",
        "Total clicks": "m:clicks",
    },
    ("Post ID", "Page ID", "Publish time", "Permalink"),
    platform="facebook",
    level="post",
)

META_DAILY = _preset(
    "Meta daily series",
    {"Date": "date", "Primary": "value"},
    ("Date", "Primary"),
    metric_from_title="1",
)

INSTAGRAM_POSTS = _preset(
    "Instagram posts",
    {
        "Post ID": "post_id",
        "Account username": "account",
        "Permalink": "permalink",
        "Publish time": "published_at",
        "Description": "title",
        "Post type": "post_type",
        "Duration (sec)": "m:video_seconds",
        "Date": "snapshot_date",
        "Reach": "m:reach",
        "Views": "m:views",
        "Likes": "m:likes",
        "Comments": "m:comments",
        "Shares": "m:shares",
        "Saves": "m:saves",
        "Follows": "m:follower_change",
    },
    ("Post ID", "Permalink", "Publish time", "Saves"),
    platform="instagram",
    level="post",
)

DOUYIN_WORKS = _preset(
    "抖音创作者中心 作品数据 (Douyin works)",
    {
        "作品名称": "title",
        "发布时间": "published_at",
        "体裁": "post_type",
        "播放量": "m:views",
        "完播率": "m:completion_rate",
        "5s完播率": "m:completion_rate_5s",
        "封面点击率": "m:cover_click_rate",
        "2s跳出率": "m:bounce_rate_2s",
        "平均播放时长": "m:avg_watch_seconds",
        "点赞量": "m:likes",
        "分享量": "m:shares",
        "评论量": "m:comments",
        "收藏量": "m:saves",
        "主页访问量": "m:profile_visits",
        "粉丝增量": "m:follower_change",
    },
    ("作品名称", "发布时间", "播放量", "点赞量"),
    platform="douyin",
    level="post",
)

WECHAT_ARTICLES = _preset(
    "微信公众号 图文数据 (WeChat articles)",
    {
        "标题": "title",
        "文章标题": "title",
        "发布时间": "published_at",
        "送达人数": "m:delivered",
        "图文总阅读人数": "m:readers",
        "图文总阅读次数": "m:views",
        "原文页阅读人数": "m:original_readers",
        "分享转发人数": "m:sharers",
        "微信收藏人数": "m:saves",
        "朋友圈阅读人数": "m:moments_readers",
        "朋友圈阅读次数": "m:moments_reads",
    },
    ("发布时间", "送达人数", "图文总阅读人数"),
    platform="wechat",
    level="post",
)

WEIBO = _preset(
    "微博 数据 (Weibo)",
    {
        **_DAY,
        "阅读数": "m:views",
        "转发数": "m:shares",
        "评论数": "m:comments",
        "点赞数": "m:likes",
    },
    ("阅读数", "转发数", "评论数", "点赞数"),
)

BILIBILI = _preset(
    "B站 数据 (Bilibili)",
    {
        **_DAY,
        "播放量": "m:views",
        "点赞数": "m:likes",
        "投币数": "m:coins",
        "收藏数": "m:saves",
        "分享数": "m:shares",
        "评论数": "m:comments",
        "弹幕数": "m:danmaku",
        "粉丝数": "m:followers",
    },
    ("播放量", "点赞数", "投币数", "弹幕数"),
)

XIAOHONGSHU = _preset(
    "小红书 数据 (Xiaohongshu)",
    {
        **_DAY,
        "曝光": "m:impressions",
        "观看": "m:views",
        "点赞": "m:likes",
        "收藏": "m:saves",
        "评论": "m:comments",
        "分享": "m:shares",
        "涨粉": "m:follower_change",
    },
    ("曝光", "观看", "点赞", "涨粉"),
)

KUAISHOU = _preset(
    "快手 数据 (Kuaishou)",
    {
        **_DAY,
        "播放量": "m:views",
        "点赞": "m:likes",
        "评论": "m:comments",
        "分享": "m:shares",
        "涨粉": "m:follower_change",
    },
    ("播放量", "点赞", "评论", "分享", "涨粉"),
)

SOCIAL_DESK = _preset(
    "Social Desk metrics",
    {"Account": "account", "Date": "date", "Metric": "metric", "Value": "value"},
    ("Account", "Date", "Metric", "Value"),
)

BUILTIN: tuple[Preset, ...] = (
    META_POSTS,
    META_DAILY,
    INSTAGRAM_POSTS,
    DOUYIN_WORKS,
    WECHAT_ARTICLES,
    WEIBO,
    BILIBILI,
    XIAOHONGSHU,
    KUAISHOU,
    SOCIAL_DESK,
)
