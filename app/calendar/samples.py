"""The words of the calendar demo: post titles and texts in Chinese and English, review
reasons and comments. Plain data, so a marketer can review it in one place."""

from __future__ import annotations

import random

# (Chinese, English) product names of the demo brand (露米 Lumio, home and outdoor goods).
PRODUCTS = (
    ("露营灯", "camping lantern"),
    ("香薰机", "aroma diffuser"),
    ("保温杯", "insulated bottle"),
    ("便携风扇", "portable fan"),
    ("床头灯", "bedside lamp"),
    ("收纳盒", "storage box"),
    ("折叠椅", "folding chair"),
    ("野餐垫", "picnic blanket"),
)

ZH_TITLES = (
    "{p}开箱｜这次的细节真的惊喜",
    "{p}的 {n} 个隐藏用法",
    "幕后花絮：一盏{p}是怎么做出来的",
    "用户故事：露米陪她度过的第一个周末",
    "直播预告｜{p}专场，今晚 8 点不见不散",
    "{p}测评：和上一代比有哪些升级？",
    "本周好物清单：{p} + 周末露营",
    "Q&A｜关于{p}你最关心的 {n} 个问题",
    "设计师手记：{p}的配色灵感",
    "粉丝福利｜评论区抽 {n} 位送{p}",
    "城市露营指南第 {n} 期",
    "新品预告：{p}即将上线",
)
EN_TITLES = (
    "Unboxing the new {p}",
    "{n} ways to use your {p}",
    "Behind the scenes: making the {p}",
    "Customer story: a weekend with Lumio",
    "Live this Friday: the {p} special",
    "{p} review: what's new this year",
    "Weekend picks: the {p} and more",
    "Your {n} questions about the {p}, answered",
    "Designer's notes: the colours of the {p}",
    "Giveaway: win one of {n} {p}s",
    "City camping guide, part {n}",
    "Coming soon: the new {p}",
)
ZH_BODIES = (
    "{p}上新啦！轻巧好收纳，一键点亮周末时光。{tag}",
    "很多朋友问{p}怎么选，这篇一次讲清楚。{tag}",
    "评论区告诉我们你的使用场景，抽 3 位送出{p}。{tag}",
    "从草图到量产，我们花了 14 个月打磨这款{p}。{tag}",
)
EN_BODIES = (
    "Meet the new {p}: light, quiet and ready for the weekend. {tag}",
    "Tell us where you'd take your {p} - three of you win one. {tag}",
    "Fourteen months from sketch to shelf: the story of our {p}. {tag}",
)
# The hashtag style of each platform (see app/calendar/rules.py).
ZH_TAGS = {
    "weibo": "#露米新品# #周末去露营#",
    "douyin": "#露米 #好物推荐",
    "kuaishou": "#露米 #好物",
}
EN_TAG = "#lumio #homedecor #weekend"

REJECTIONS = (
    "封面图品牌色不对，请按 VI 手册调整。 · Cover uses the wrong brand colour.",
    "“最便宜”属于广告法禁用词，请修改。 · 'Cheapest' is not allowed by the advertising law.",
    "抽奖规则缺少开奖时间和资格说明。 · Giveaway rules lack the draw date and eligibility.",
    "视频背景音乐未获授权。 · The background music is not licensed.",
    "Caption is over the platform limit; please shorten it.",
)
COMMENTS = (
    "封面再亮一点会更好 · A brighter cover would help",
    "已确认达人授权 · Creator consent confirmed",
    "文案里的价格和活动页一致吗？ · Does the price match the campaign page?",
    "Can we post this an hour earlier?",
    "素材已上传到共享盘 · Assets uploaded to the shared drive",
    "直播脚本第二版已更新 · Live script v2 updated",
)
RESULTS = (
    "GMV 同比 +{a}%，话题阅读 {b} 万。 · GMV +{a}% year on year; {b}0k topic reads.",
    "新增粉丝 {b} 万，互动率 {a}%。 · {b}0k new followers; {a}% engagement.",
    "直播场均观看 {b} 万，转化率 {a}%。 · {b}0k viewers per live; {a}% conversion.",
)

# Steps a content type goes through (names from DEFAULT_STEP_NAMES), due days before
# the post's day.
STEPS_BY_TYPE: dict[str, tuple[tuple[str, int], ...]] = {
    "article": (("Copy", 4), ("Design", 2)),
    "image_text": (("Copy", 3), ("Design", 2)),
    "video": (("Script", 10), ("Shoot", 6), ("Edit", 3)),
    "short_video": (("Script", 6), ("Shoot", 4), ("Edit", 2)),
    "live": (("Script", 7), ("Design", 3)),
}
TYPE_WEIGHTS: dict[str, dict[str, int]] = {
    "weibo": {"image_text": 6, "short_video": 2, "article": 1, "live": 1},
    "wechat": {"article": 7, "image_text": 2, "video": 1},
    "douyin": {"short_video": 6, "live": 3, "video": 1},
    "kuaishou": {"short_video": 6, "live": 4},
    "bilibili": {"video": 7, "live": 2, "short_video": 1},
    "instagram": {"image_text": 5, "short_video": 4, "live": 1},
    "facebook": {"image_text": 5, "video": 3, "live": 1},
    "xiaohongshu": {"image_text": 7, "short_video": 3},
}
ENGLISH_PLATFORMS = frozenset({"instagram", "facebook"})


def post_words(rng: random.Random, platform: str) -> tuple[str, str]:
    """A title and a text for a post on ``platform``, in the platform's language."""
    n = rng.randint(3, 9)
    if platform in ENGLISH_PLATFORMS:
        _zh, en = rng.choice(PRODUCTS)
        title = rng.choice(EN_TITLES).format(p=en, n=n)
        return title[0].upper() + title[1:], rng.choice(EN_BODIES).format(p=en, tag=EN_TAG)
    zh, _en = rng.choice(PRODUCTS)
    tag = ZH_TAGS.get(platform, "")
    return rng.choice(ZH_TITLES).format(p=zh, n=n), rng.choice(ZH_BODIES).format(p=zh, tag=tag)


def pick_type(rng: random.Random, platform: str) -> str:
    weights = TYPE_WEIGHTS.get(platform, {"image_text": 1})
    return rng.choices(list(weights), list(weights.values()))[0]
