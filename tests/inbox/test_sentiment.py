"""Offline sentiment of inbox messages: what an operator sees in the sentiment column.

The phrases here are our own, written for these tests (no evaluation set is used)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.inbox.sentiment import MAX_CHARS, Classifier, Label, Sentiment, classify, classify_many

NEGATIVE = [
    "服务太差了，我要投诉",
    "难吃死了",
    "送餐太慢了，饭都凉了",
    "客服一直不回复",
    "质量太差，再也不买了",
    "垃圾产品，骗人的",
    "I hate this",
    "Terrible service, I want a refund",
    "This is not good at all",
    "😡",
]
POSITIVE = [
    "物流很快，包装完好，五星好评",
    "质量很好，很满意",
    "谢谢小编",
    "yyds！无限回购",
    "I love it",
    "Thanks for the quick reply!",
    "👍👍",
]
# Everyday inbox messages with no feeling in them. The model reads review sentences,
# where "when does it ship?" is mostly a complaint: a quarter may still come out
# negative (the threshold for negative leans towards catching complaints).
# fmt: off
NEUTRAL = [
    "你好", "好的", "收到", "已下单", "在哪里可以买到", "请问什么时候发货？", "今天上新了",
    "几点开门", "明天有活动吗", "我在北京", "这个多少钱", "链接发一下", "周末见", "已关注",
    "转发", "是正品吗", "有优惠券吗", "怎么联系客服", "订单号是多少", "麻烦看一下私信",
    "直播几点开始", "请问有线下门店吗", "能开发票吗", "什么时候补货", "@小助手看看这个", "求链接",
    "这款有大码吗", "快递是哪家", "今天周五", "在吗", "已私信", "可以寄到上海吗", "买了两件",
    "明天再说", "哈哈", "抽我抽我", "来了来了", "这是什么颜色", "第一次看到", "学到了",
]
# fmt: on
ENGLISH_NEUTRAL = ["When will it ship?", "Is the store open on Sunday?", "Order 1234"]


@pytest.mark.parametrize("text", NEGATIVE)
def test_complaints_are_negative(text: str) -> None:
    assert classify(text).label == "negative"


@pytest.mark.parametrize("text", POSITIVE)
def test_praise_is_positive(text: str) -> None:
    assert classify(text).label == "positive"


def test_everyday_questions_are_mostly_neutral() -> None:
    labels = [classify(t).label for t in NEUTRAL]
    assert labels.count("positive") <= 2
    assert labels.count("negative") <= len(NEUTRAL) // 4
    assert {classify(t).label for t in ENGLISH_NEUTRAL} == {"neutral"}


@pytest.mark.parametrize("text", ["", "   \n\t", "🙂🙂", "12345", "https://example.com/a"])
def test_empty_emoji_only_and_unknown_text_is_neutral(text: str) -> None:
    assert classify(text).label == "neutral"


def test_a_one_megabyte_message_is_read_by_its_opening_only() -> None:
    opening = "送餐太慢了，饭都凉了。" * 20
    huge = opening + "好" * (1024 * 1024)
    start = time.perf_counter()
    found = classify(huge)
    assert time.perf_counter() - start < 0.05
    assert found == classify(huge[:MAX_CHARS])
    assert found.label == "negative"


def test_many_at_once_match_one_by_one_in_order() -> None:
    texts = NEGATIVE + POSITIVE + NEUTRAL
    assert classify_many(texts) == [classify(t) for t in texts]
    assert classify_many(iter([])) == []
    for found in classify_many(texts):
        assert isinstance(found, Sentiment)
        assert 0.0 <= found.confidence <= 1.0


def test_corrections_teach_the_teams_copy() -> None:
    # A clothing brand's complaint the review sentences never saw: 起球 (pilling).
    unseen = "裤子也起球"
    assert classify(unseen).label != "negative"
    corrections: list[tuple[str, Label]] = [
        ("这件起球了", "negative"),
        ("穿两天就起球", "negative"),
        ("洗完全是起球", "negative"),
        ("衣服起球了怎么办", "negative"),
    ]
    taught = Classifier.with_corrections(corrections)
    assert taught.classify(unseen).label == "negative"
    # The corrected messages themselves come back as corrected, with full confidence.
    assert taught.classify("  这件起球了 ") == Sentiment("negative", 1.0)
    # The shipped copy is untouched; unrelated messages keep their labels.
    assert classify(unseen).label != "negative"
    for text in POSITIVE + NEGATIVE:
        assert taught.classify(text).label == classify(text).label, text


def test_a_neutral_correction_quietens_a_false_alarm() -> None:
    alarm = next(t for t in NEUTRAL if classify(t).label == "negative")
    taught = Classifier.with_corrections([(alarm, "neutral")])
    assert taught.classify(alarm) == Sentiment("neutral", 1.0)
    # The later of two corrections of one text wins.
    again = taught.corrected([(alarm, "positive")])
    assert again.classify(alarm).label == "positive"
    assert again.corrections_learned == 1


def test_what_corrections_taught_survives_a_round_trip_through_bytes() -> None:
    corrections: list[tuple[str, Label]] = [(f"第{i}件又起球了", "negative") for i in range(200)]
    taught = Classifier.with_corrections(corrections)
    data = taught.to_bytes()
    assert len(data) < 20_000
    back = Classifier.from_bytes(data)
    probes = ["裤子也起球", *NEUTRAL, *POSITIVE, *NEGATIVE, corrections[7][0]]
    assert back.classify_many(probes) == taught.classify_many(probes)
    assert Classifier.from_bytes(b"").classify_many(probes) == classify_many(probes)


def test_bad_corrections_and_state_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown sentiment label"):
        Classifier.with_corrections([("好", "great")])  # type: ignore[list-item]
    import json
    import zlib

    with pytest.raises(ValueError, match="another version"):
        Classifier.from_bytes(zlib.compress(json.dumps({"version": 99}).encode()))


def test_shipped_model_files_say_where_they_came_from() -> None:
    data = Path(__file__).resolve().parents[2] / "app/inbox/sentiment"
    readme = (data / "README.md").read_text("utf-8")
    assert "SnowNLP" in readme and "VADER" in readme and "waimai" in readme
    for name in ("zh_model.json.gz", "en_lexicon.tsv", "own_words.tsv"):
        assert (data / "data" / name).stat().st_size > 0
    assert "MIT" in (data / "data/LICENSE-snownlp.txt").read_text("utf-8")
    assert "MIT" in (data / "data/LICENSE-vader.txt").read_text("utf-8")
