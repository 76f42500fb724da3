"""What each platform accepts: text and title length, hashtag style, image count.

The limits are the platforms' published ones for an ordinary account (2026); where a
platform has several (Weibo's 140-character feed preview and 2,000-character post), the
hard limit is the one kept, since going over it is what fails. A platform the team added
has no rule: nothing is checked for it. Characters are counted as the platforms count
them for Chinese text: one per character.
"""

from __future__ import annotations

import re

from app.calendar.types import (
    HASHTAG_STYLE,
    TEXT_TOO_LONG,
    TITLE_TOO_LONG,
    TOO_MANY_IMAGES,
    PlatformRule,
    PostWarning,
)

TOPIC = "#topic#"  # Weibo, Douyin search topics in Weibo style: #话题#
TAG = "#tag"  # Instagram, Facebook, Douyin, Kuaishou, Bilibili: #tag ends at a space

PLATFORM_RULES: dict[str, PlatformRule] = {
    r.platform_code: r
    for r in (
        PlatformRule("weibo", 2000, 0, TOPIC, 18),
        PlatformRule("wechat", 20000, 64, "", 20),
        PlatformRule("douyin", 1000, 55, TAG, 35),
        PlatformRule("kuaishou", 500, 0, TAG, 31),
        PlatformRule("bilibili", 2000, 80, TAG, 9),
        PlatformRule("instagram", 2200, 0, TAG, 20),
        PlatformRule("facebook", 63206, 0, TAG, 10),
    )
}

# "#话题#": a closed topic (Weibo allows spaces inside). In "#tag" text a topic shows as
# "#word#" with no space inside; "#露米 #好物" is two tags, not a topic.
_TOPIC = re.compile(r"#[^#\s][^#\n]*?#")
_CLOSED_TAG = re.compile(r"#[^#\s]+#")


def rule_for(platform_code: str) -> PlatformRule | None:
    return PLATFORM_RULES.get(platform_code)


def hashtag_style_ok(style: str, text: str) -> bool:
    """Whether the hashtags in ``text`` follow the platform's ``style``."""
    if style == TOPIC:
        # Weibo closes every topic; a lone "#tag" is not a topic there.
        rest = _TOPIC.sub("", text)
        return "#" not in rest
    if style == TAG:
        # "#话题#" would make the closing "#" part of the next tag or a stray mark.
        return _CLOSED_TAG.search(text) is None
    return True


def check_text(
    platform_code: str, title: str, text: str, image_count: int, handle: str = ""
) -> tuple[PostWarning, ...]:
    """The rule warnings for one target's title, text and images (the editor's live
    counters use the same numbers)."""
    rule = rule_for(platform_code)
    if rule is None:
        return ()
    found: list[PostWarning] = []
    if rule.max_length and len(text) > rule.max_length:
        found.append(PostWarning(TEXT_TOO_LONG, handle, rule.max_length, len(text)))
    if rule.max_title_length and len(title) > rule.max_title_length:
        found.append(PostWarning(TITLE_TOO_LONG, handle, rule.max_title_length, len(title)))
    if rule.max_images and image_count > rule.max_images:
        found.append(PostWarning(TOO_MANY_IMAGES, handle, rule.max_images, image_count))
    if rule.hashtag_style and not hashtag_style_ok(rule.hashtag_style, text):
        found.append(PostWarning(HASHTAG_STYLE, handle))
    return tuple(found)
