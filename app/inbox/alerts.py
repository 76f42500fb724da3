"""Alerts: raised by rules and by the negative-spike / risk-keyword detector
(``app.inbox.spikes``), each naming the messages behind it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.records import find
from app.db.types import new_uuid, utcnow
from app.inbox.common import Names, chunks
from app.inbox.models import Alert as AlertModel
from app.inbox.models import AlertMessage, Message
from app.inbox.types import Alert, SlaSettings

# How far back the detector reads: its baseline windows plus the window itself.
SCAN_SPAN = timedelta(days=7, hours=6)


def raise_alert(
    s: Session,
    kind: str,
    title: str,
    account_id: int | None,
    message_ids: Sequence[int],
    *,
    rule_id: int | None = None,
    window: tuple[datetime, datetime] | None = None,
    shares: tuple[float, float] | None = None,
    raised_at: datetime | None = None,
) -> str:
    alert = AlertModel(
        uuid=new_uuid(),
        kind=kind,
        title=title[:200],
        account_id=account_id,
        rule_id=rule_id,
        raised_at=raised_at or utcnow(),
        window_start=window[0] if window else None,
        window_end=window[1] if window else None,
        negative_share=shares[0] if shares else None,
        baseline_share=shares[1] if shares else None,
        dismissed=False,
    )
    s.add(alert)
    s.flush()
    s.add_all(AlertMessage(alert_id=alert.id, message_id=i) for i in dict.fromkeys(message_ids))
    return alert.uuid


def _info(a: AlertModel, names: Names, message_uuids: tuple[str, ...]) -> Alert:
    account = names.accounts.get(a.account_id) if a.account_id is not None else None
    return Alert(
        uuid=a.uuid,
        kind=a.kind,
        title=a.title,
        account_uuid=account.uuid if account else None,
        account=account.handle if account else "",
        raised_at=a.raised_at,
        window_start=a.window_start,
        window_end=a.window_end,
        negative_share=a.negative_share,
        baseline_share=a.baseline_share,
        message_uuids=message_uuids,
        dismissed=a.dismissed,
    )


def list_alerts(s: Session, include_dismissed: bool, uuids: Sequence[str] = ()) -> list[Alert]:
    names = Names.load(s)
    q = select(AlertModel).order_by(AlertModel.raised_at.desc(), AlertModel.id.desc())
    if not include_dismissed:
        q = q.where(AlertModel.dismissed.is_(False))
    if uuids:
        q = q.where(AlertModel.uuid.in_(list(uuids)))
    found = list(s.scalars(q))
    linked: dict[int, list[str]] = {a.id: [] for a in found}
    for chunk in chunks(list(linked)):
        q2 = select(AlertMessage.alert_id, Message.uuid).join(
            Message, Message.id == AlertMessage.message_id
        )
        q2 = q2.where(AlertMessage.alert_id.in_(chunk)).order_by(Message.received_at)
        for alert_id, uuid in s.execute(q2):
            linked[alert_id].append(uuid)
    return [_info(a, names, tuple(linked[a.id])) for a in found]


def dismiss(s: Session, uuid: str) -> None:
    find(s, AlertModel, uuid, "alert").dismissed = True


def scan(s: Session, settings: SlaSettings, now: datetime | None) -> list[str]:
    """Run the spike detector over the recent messages; the UUIDs of alerts raised."""
    from app.inbox import spikes

    # Windows on a fixed grid (6-hour steps from midnight UTC), the last one reaching past
    # ``now``: scans a minute apart then see the same windows, not shifted copies.
    now = now or utcnow()
    step = 6 * 3600
    stamp = int(now.timestamp())
    end = datetime.fromtimestamp(stamp + (-stamp) % step, now.tzinfo or UTC)
    q = select(Message.id, Message.account_id, Message.received_at, Message.sentiment)
    q = q.where(Message.received_at >= now - SCAN_SPAN, Message.received_at <= now)
    q = q.add_columns(Message.text).order_by(Message.received_at)
    signals = [
        spikes.SignalMessage(r.id, r.account_id, r.received_at, r.sentiment, r.text[:2000])
        for r in s.execute(q)
    ]
    config = spikes.SpikeSettings(
        min_negative=settings.spike_min_negative,
        threshold=settings.spike_threshold,
        min_rise=settings.spike_min_rise,
        risk_keywords=tuple(settings.risk_keywords),
    )
    raised: list[str] = []
    for found in spikes.detect(signals, config, now=end):
        kind = "spike" if found.kind == "negative_spike" else "keyword"
        same = select(AlertModel.id).where(
            AlertModel.kind == kind,
            AlertModel.window_start < found.window_end,
            AlertModel.window_end > found.window_start,
            AlertModel.account_id.is_(None)
            if found.account_id is None
            else AlertModel.account_id == found.account_id,
        )
        if s.scalar(same.limit(1)) is not None:
            continue  # raised by an earlier scan
        title = "、".join(found.keywords) if found.keywords else ""
        raised.append(
            raise_alert(
                s,
                kind,
                title,
                found.account_id,
                found.message_ids,
                window=(found.window_start, found.window_end),
                shares=(found.negative_share, found.baseline_share),
                raised_at=now,
            )
        )
    return raised
