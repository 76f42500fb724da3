"""Turning stored posts into the frozen infos the UI gets (one session, few queries)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.calendar.models import (
    ContentType,
    Post,
    PostApproval,
    PostAsset,
    PostComment,
    PostTarget,
    ProductionStep,
    ReviewCheck,
)
from app.calendar.rules import check_text
from app.calendar.types import (
    MISSING_ASSET,
    PAST_DUE,
    STEP_LATE,
    ApprovalInfo,
    AssetInfo,
    CheckInfo,
    CommentInfo,
    ContentTypeInfo,
    HistoryLine,
    PostDetail,
    PostWarning,
    StepInfo,
    TargetInfo,
)
from app.calendar.workflow import OPEN, PostStatus
from app.db.types import utcnow
from app.team.history import history

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"})


def content_type_info(t: ContentType) -> ContentTypeInfo:
    return ContentTypeInfo(t.uuid, t.code, t.name_en, t.name_zh, t.builtin)


def status_of(value: str) -> PostStatus:
    # The column holds only what the workflow table produced.
    return value  # type: ignore[return-value]


def step_late(due: date | None, done_at: datetime | None, today: date) -> bool:
    if due is None:
        return False
    if done_at is None:
        return due < today
    return done_at.astimezone().date() > due


def is_past_due(status: str, when: datetime | None, now: datetime) -> bool:
    return status in OPEN and when is not None and when < now


def tags_of(text: str) -> tuple[str, ...]:
    return tuple(t for t in text.split(" ") if t)


def target_info(t: PostTarget) -> TargetInfo:
    p = t.account.platform
    return TargetInfo(
        t.uuid,
        t.account.uuid,
        t.account.handle,
        p.code,
        p.name_en,
        p.name_zh,
        t.text,
        t.scheduled_at,
        t.status,
        t.published_url,
        t.published_at,
    )


def load_detail(s: Session, post: Post, extra: tuple[PostWarning, ...] = ()) -> PostDetail:
    """Everything about ``post``; ``extra`` adds warnings the caller computed (plan)."""
    now = utcnow()
    today = date.today()
    targets = [
        target_info(t)
        for t in s.scalars(
            select(PostTarget)
            .options(joinedload(PostTarget.account))
            .where(PostTarget.post_id == post.id)
            .order_by(PostTarget.sort_order, PostTarget.id)
        )
    ]
    steps = [
        StepInfo(
            st.uuid,
            st.name,
            st.assignee.uuid if st.assignee else None,
            st.assignee.name if st.assignee else "",
            st.due,
            st.done_at,
            step_late(st.due, st.done_at, today),
        )
        for st in s.scalars(
            select(ProductionStep)
            .options(joinedload(ProductionStep.assignee))
            .where(ProductionStep.post_id == post.id)
            .order_by(ProductionStep.sort_order, ProductionStep.id)
        )
    ]
    checks = [
        CheckInfo(c.uuid, c.label, c.checked, c.checked_by)
        for c in s.scalars(
            select(ReviewCheck)
            .where(ReviewCheck.post_id == post.id)
            .order_by(ReviewCheck.sort_order, ReviewCheck.id)
        )
    ]
    assets = [
        AssetInfo(a.uuid, a.path, a.copied, Path(a.path).is_file(), _is_image(a.path))
        for a in s.scalars(
            select(PostAsset)
            .where(PostAsset.post_id == post.id)
            .order_by(PostAsset.sort_order, PostAsset.id)
        )
    ]
    comments = [
        CommentInfo(c.uuid, c.member_uuid, c.member_name, c.body, c.at)
        for c in s.scalars(
            select(PostComment)
            .where(PostComment.post_id == post.id)
            .order_by(PostComment.at, PostComment.id)
        )
    ]
    approvals = [
        ApprovalInfo(a.member_uuid, a.member_name, a.step, a.decision, a.reason, a.round, a.at)
        for a in s.scalars(
            select(PostApproval)
            .where(PostApproval.post_id == post.id)
            .order_by(PostApproval.at, PostApproval.id)
        )
    ]
    record_uuids = {post.uuid} | {t.uuid for t in targets} | {st.uuid for st in steps}
    lines = [
        HistoryLine(c.at, c.member_name, c.record_type, c.action, c.detail)
        for uuid in record_uuids
        for c in history(s, uuid)
    ]
    lines.sort(key=lambda line: line.at)
    warnings: list[PostWarning] = []
    if is_past_due(post.status, post.scheduled_at, now):
        warnings.append(PostWarning(PAST_DUE))
    if any(st.late and st.done_at is None for st in steps):
        warnings.append(PostWarning(STEP_LATE))
    if any(not a.exists for a in assets):
        warnings.append(PostWarning(MISSING_ASSET))
    images = sum(1 for a in assets if a.is_image)
    for t in targets:
        text = t.text or post.body
        warnings.extend(check_text(t.platform_code, post.title, text, images, t.account_handle))
    warnings.extend(extra)
    ct = post.content_type
    return PostDetail(
        uuid=post.uuid,
        version=post.version,
        title=post.title,
        body=post.body,
        content_type_code=ct.code,
        content_type_en=ct.name_en,
        content_type_zh=ct.name_zh,
        status=status_of(post.status),
        owner_uuid=post.owner.uuid if post.owner else None,
        owner_name=post.owner.name if post.owner else "",
        campaign_uuid=post.campaign.uuid if post.campaign else None,
        campaign_name=post.campaign.name if post.campaign else "",
        pillar_uuid=post.pillar.uuid if post.pillar else None,
        pillar_name=post.pillar.name if post.pillar else "",
        scheduled_at=post.scheduled_at,
        tags=tags_of(post.tags),
        notes=post.notes,
        targets=tuple(targets),
        steps=tuple(steps),
        checklist=tuple(checks),
        assets=tuple(assets),
        comments=tuple(comments),
        approvals=tuple(approvals),
        history=tuple(lines),
        rejection_reason=post.rejection_reason,
        review_round=post.review_round,
        warnings=tuple(warnings),
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def _is_image(path: str) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES
