"""The crisis detector on synthetic inbox traffic: planted spikes are found and named,
flat noise raises nothing, risk words raise their own alert."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from app.inbox.spikes import (
    DEFAULT_RISK_KEYWORDS,
    SignalMessage,
    SpikeAlert,
    SpikeSettings,
    detect,
    risk_keywords_in,
)

START = datetime(2026, 11, 1, tzinfo=UTC)
DAYS = 14


class Traffic:
    """Messages on a few accounts: every account gets one every ~`gap` minutes, each
    negative with probability `rate`."""

    def __init__(self, seed: int = 1, accounts: int = 3, gap: int = 20, rate: float = 0.2):
        self.random = random.Random(seed)
        self.messages: list[SignalMessage] = []
        for account in range(1, accounts + 1):
            moment = START
            while moment < START + timedelta(days=DAYS):
                moment += timedelta(minutes=self.random.uniform(0.5, 1.5) * gap)
                negative = self.random.random() < rate
                self.add(account, moment, "negative" if negative else "neutral", "一般")

    def add(self, account: int, moment: datetime, label: str, text: str = "") -> int:
        message_id = len(self.messages) + 1
        self.messages.append(SignalMessage(message_id, account, moment, label, text))
        return message_id

    def plant(self, account: int, at: datetime, count: int, negative: int) -> set[int]:
        """`count` extra messages in the hour after `at`, `negative` of them negative."""
        ids = set()
        for i in range(count):
            moment = at + timedelta(minutes=60 * i / count)
            if i < negative:
                ids.add(self.add(account, moment, "negative", "太差了"))
            else:
                self.add(account, moment, "neutral")
        return ids


def spikes(traffic: Traffic, min_messages: int = 5) -> list[SpikeAlert]:
    settings = SpikeSettings(min_messages=min_messages)
    found = detect(traffic.messages, settings, now=START + timedelta(days=DAYS))
    return [a for a in found if a.kind == "negative_spike"]


def test_flat_noise_raises_nothing() -> None:
    for seed in range(10):
        assert spikes(Traffic(seed)) == [], seed


def test_a_planted_spike_is_found_and_names_its_messages() -> None:
    traffic = Traffic(seed=3)
    at = START + timedelta(days=10, hours=2)  # inside the window (day 10 00:00, 06:00]
    planted = traffic.plant(account=2, at=at, count=30, negative=24)
    alerts = spikes(traffic)
    on_account = [a for a in alerts if a.account_id == 2]
    assert len(on_account) == 1
    alert = on_account[0]
    assert alert.window_start <= at < alert.window_end
    assert planted <= set(alert.message_ids)
    # Every message named is a negative one of that account in that window.
    by_id = {m.id: m for m in traffic.messages}
    assert all(by_id[i].label == "negative" and by_id[i].account_id == 2 for i in alert.message_ids)
    assert alert.negative_share > 0.5 > alert.baseline_share
    # The other accounts stayed calm; the total over all accounts jumped as well.
    assert {a.account_id for a in alerts} <= {2, None}


def test_an_earlier_spike_does_not_hide_a_later_one() -> None:
    traffic = Traffic(seed=5)
    first = traffic.plant(1, START + timedelta(days=8, hours=7), 30, 24)
    second = traffic.plant(1, START + timedelta(days=12, hours=14), 30, 24)
    named = [set(a.message_ids) for a in spikes(traffic) if a.account_id == 1]
    assert len(named) == 2
    assert first <= named[0] and second <= named[1]


def test_a_few_negative_messages_on_a_quiet_account_are_noise() -> None:
    traffic = Traffic(seed=7, gap=180)  # about 2 messages per 6-hour window
    traffic.plant(1, START + timedelta(days=11), 2, 2)
    assert [a for a in spikes(traffic, min_messages=3) if a.account_id == 1] == []


def test_only_windows_after_since_are_reported() -> None:
    traffic = Traffic(seed=3)
    traffic.plant(2, START + timedelta(days=10, hours=2), 30, 24)
    assert spikes(traffic)
    later = detect(
        traffic.messages, now=START + timedelta(days=DAYS), since=START + timedelta(days=11)
    )
    assert [a for a in later if a.kind == "negative_spike"] == []


def test_risk_words_raise_an_alert_naming_the_messages() -> None:
    traffic = Traffic(seed=2)
    moment = START + timedelta(days=13, hours=3)
    exposed = traffic.add(3, moment, "negative", "再不处理我就去315曝光你们")
    praised = traffic.add(3, moment, "positive", "退款很快，客服很好")  # positive: no alarm
    alerts = [a for a in detect(traffic.messages) if a.kind == "risk_keyword"]
    assert len(alerts) == 1
    alert = alerts[0]
    assert alert.account_id == 3
    assert alert.message_ids == (exposed,)
    assert praised not in alert.message_ids
    assert alert.keywords == ("曝光", "315")


def test_the_risk_word_list_is_the_teams() -> None:
    traffic = Traffic(seed=2)
    recalled = traffic.add(1, START + timedelta(days=13), "neutral", "Is this batch in the RECALL?")
    own = SpikeSettings(risk_keywords=("recall",))
    alerts = [a for a in detect(traffic.messages, own) if a.kind == "risk_keyword"]
    assert [(a.message_ids, a.keywords) for a in alerts] == [((recalled,), ("recall",))]
    assert risk_keywords_in("我要投诉！还要维权", DEFAULT_RISK_KEYWORDS) == ("投诉", "维权")
    assert risk_keywords_in("nothing here", DEFAULT_RISK_KEYWORDS) == ()


def test_no_messages_no_alerts() -> None:
    assert detect([]) == []
