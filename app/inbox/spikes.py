"""Early warning of a crisis (舆情): a jump in the share of negative messages, and risk
words such as 投诉 or 曝光, per account and over all accounts.

Time is cut into windows tiled back from `now`. A window's negative share is compared
with the same account's earlier windows: their pooled share with the highest tenth of
windows left out (so one past spike does not hide the next), and a spread that is the
sampling noise of this window's size, widened when the history swings more than chance
would (measured robustly, by MAD). So 3 negatives out of 3 on a quiet account do not
ring, nor do a busy account's usual swings. Every alert names the messages behind it.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

# Words that turn a complaint into a crisis: complaints to regulators or the press
# (315 is China's consumer-rights day and its TV exposé), legal threats, safety.
DEFAULT_RISK_KEYWORDS: tuple[str, ...] = (
    "投诉",
    "曝光",
    "维权",
    "315",
    "退款",
    "举报",
    "消协",
    "12315",
    "律师",
    "起诉",
    "媒体",
    "欺诈",
    "骗子",
    "假货",
    "召回",
    "中毒",
    "过敏",
    "泄露",
    "lawsuit",
    "scam",
    "fraud",
    "refund",
    "boycott",
)
_MAD_TO_SD = 1.4826  # MAD of a normal distribution times this is its standard deviation
_MIN_RATE = 0.05  # an account that never had a negative message still may have one
_TRIM = 0.1  # the share of the highest-share baseline windows left out


@dataclass(frozen=True)
class SignalMessage:
    """What the detector needs of a message (received_at timezone-aware)."""

    id: int
    account_id: int
    received_at: datetime
    label: str
    text: str = ""


@dataclass(frozen=True)
class SpikeSettings:
    window: timedelta = timedelta(hours=6)
    baseline_windows: int = 28  # earlier windows forming the baseline (a week of 6 h)
    min_messages: int = 5  # fewer messages in a window: no share is computed for it
    min_negative: int = 3
    threshold: float = 4.0  # z-score above the baseline
    min_rise: float = 0.15  # and at least this much above it (share, 0–1)
    risk_keywords: tuple[str, ...] = field(default=DEFAULT_RISK_KEYWORDS)


@dataclass(frozen=True)
class SpikeAlert:
    """`account_id` None: all accounts together. `message_ids`: for a negative spike
    the window's negative messages, for risk words the messages holding them."""

    kind: Literal["negative_spike", "risk_keyword"]
    account_id: int | None
    window_start: datetime
    window_end: datetime
    messages: int
    negative_share: float
    baseline_share: float
    message_ids: tuple[int, ...]
    keywords: tuple[str, ...] = ()


def risk_keywords_in(text: str, keywords: Iterable[str]) -> tuple[str, ...]:
    """The risk words found in `text` (case-insensitive), in the list's order."""
    lowered = text.lower()
    return tuple(k for k in keywords if k and k.lower() in lowered)


@dataclass
class _Window:
    total: int = 0
    negative: list[int] = field(default_factory=list)
    risky: list[int] = field(default_factory=list)
    words: set[str] = field(default_factory=set)


def detect(
    messages: Iterable[SignalMessage],
    settings: SpikeSettings = SpikeSettings(),
    *,
    now: datetime | None = None,
    since: datetime | None = None,
) -> list[SpikeAlert]:
    """Alerts, oldest window first: a negative spike where a window has enough history
    before it to compare with, risk words in any window; only windows ending after
    `since` when given. `now` (default: the newest message) ends the last window;
    messages after it are ignored."""
    batch = list(messages)
    if not batch:
        return []
    end = now or max(m.received_at for m in batch)
    width = settings.window
    groups: dict[int | None, dict[int, _Window]] = defaultdict(lambda: defaultdict(_Window))
    for message in batch:
        if message.received_at > end:
            continue
        # Window 0 is (end - width, end]; 1 the one before, and so on.
        index = max(0, math.ceil((end - message.received_at) / width) - 1)
        found = risk_keywords_in(message.text, settings.risk_keywords)
        for key in (message.account_id, None):
            window = groups[key][index]
            window.total += 1
            if message.label == "negative":
                window.negative.append(message.id)
            if found and message.label != "positive" and key is not None:
                window.risky.append(message.id)
                window.words.update(found)
    alerts = []
    for account, windows in groups.items():
        for index, window in windows.items():
            window_end = end - index * width
            if since is not None and window_end <= since:
                continue
            alerts += _alerts_of(account, index, window, windows, settings, window_end)
    alerts.sort(key=lambda a: (a.window_end, a.kind, -1 if a.account_id is None else a.account_id))
    return alerts


def _alerts_of(
    account: int | None,
    index: int,
    window: _Window,
    windows: dict[int, _Window],
    settings: SpikeSettings,
    window_end: datetime,
) -> list[SpikeAlert]:
    share = len(window.negative) / window.total
    baseline = _baseline(index, windows, settings)
    found = []
    start = window_end - settings.window
    if baseline is not None and _is_spike(window, share, baseline, settings):
        found.append(
            SpikeAlert(
                "negative_spike",
                account,
                start,
                window_end,
                window.total,
                round(share, 3),
                round(baseline.share, 3),
                tuple(sorted(window.negative)),
            )
        )
    if window.risky:
        order = {k: i for i, k in enumerate(settings.risk_keywords)}
        found.append(
            SpikeAlert(
                "risk_keyword",
                account,
                start,
                window_end,
                window.total,
                round(share, 3),
                round(baseline.share, 3) if baseline else 0.0,
                tuple(sorted(window.risky)),
                tuple(sorted(window.words, key=order.__getitem__)),
            )
        )
    return found


@dataclass(frozen=True)
class _Baseline:
    share: float  # pooled negative share of the kept windows
    dispersion: float  # how much wider than sampling noise the history swings (>= 1)


def _baseline(index: int, windows: dict[int, _Window], settings: SpikeSettings) -> _Baseline | None:
    """The earlier windows' usual negative share; None with fewer than a quarter of
    them (and fewer than 3) having enough messages: not enough history."""
    history = []
    for earlier in range(index + 1, index + 1 + settings.baseline_windows):
        window = windows.get(earlier)
        if window is not None and window.total >= settings.min_messages:
            history.append((len(window.negative) / window.total, window.total))
    if len(history) < max(3, settings.baseline_windows // 4):
        return None
    history.sort()
    kept = history[: len(history) - int(len(history) * _TRIM)]
    share = sum(s * n for s, n in kept) / sum(n for _, n in kept)
    rate = max(share, _MIN_RATE)
    # Each window's distance from the usual share in units of its own sampling noise;
    # their robust spread squared says how overdispersed this account's history is.
    distances = [(s - share) / math.sqrt(rate * (1 - rate) / n) for s, n in history]
    middle = statistics.median(distances)
    spread = _MAD_TO_SD * statistics.median(abs(d - middle) for d in distances)
    return _Baseline(share, max(1.0, spread * spread))


def _is_spike(window: _Window, share: float, baseline: _Baseline, settings: SpikeSettings) -> bool:
    if window.total < settings.min_messages or len(window.negative) < settings.min_negative:
        return False
    if share - baseline.share < settings.min_rise:
        return False
    rate = max(baseline.share, _MIN_RATE)
    spread = math.sqrt(baseline.dispersion * rate * (1 - rate) / window.total)
    if (share - baseline.share) / spread < settings.threshold:
        return False
    # The normal approximation flatters small windows (3 of 3): the exact binomial
    # chance of this many negatives must be as small as the threshold's normal tail.
    chance = 0.5 * math.erfc(settings.threshold / math.sqrt(2))
    return _upper_tail(len(window.negative), window.total, rate) <= chance


def _upper_tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p), summed in log space."""
    if p >= 1:
        return 1.0
    log_p, log_q = math.log(p), math.log1p(-p)
    total = 0.0
    for i in range(k, n + 1):
        term = math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
        total += math.exp(term + i * log_p + (n - i) * log_q)
    return min(1.0, total)
