"""Posts: add, edit, remove and restore; workflow actions and their undo; reschedule;
comments. Every write checks the acting member's right and is recorded in history."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.calendar.drafts import apply_draft
from app.calendar.infos import content_type_info, load_detail
from app.calendar.models import (
    Campaign,
    ContentType,
    Post,
    PostApproval,
    PostComment,
    PostTarget,
    ProductionStep,
)
from app.calendar.plan import PlanCache
from app.calendar.review import apply_action, right_for, undo_action
from app.calendar.rules import PLATFORM_RULES, check_text
from app.calendar.settings import load_settings
from app.calendar.summaries import over_frequency, summaries
from app.calendar.types import (
    CommentInfo,
    ContentTypeInfo,
    PlatformRule,
    PostDetail,
    PostDraft,
    PostWarning,
    RemovedPost,
    Rescheduled,
    TransitionResult,
)
from app.db.database import Database
from app.db.errors import StaleEdit
from app.db.records import check_version, find, stale_message
from app.db.types import utcnow
from app.team import history
from app.team.acting import Acting, require
from app.team.rights import APPROVE_POST, EDIT_POSTS
from app.validation import InvalidInput, require_text


class PostsService:
    def __init__(self, db: Database, acting: Acting | None = None) -> None:
        self._db = db
        self._acting = acting
        self._plans = PlanCache(db)

    # Reading -----------------------------------------------------------------------
    def get(self, uuid: str) -> PostDetail:
        with self._db.session(read_only=True) as s:
            return self._detail(s, find(s, Post, uuid, "post"))

    def _detail(self, s: Session, post: Post) -> PostDetail:
        return load_detail(s, post, self._plan_warnings(s, post))

    def _plan_warnings(self, s: Session, post: Post) -> tuple[PostWarning, ...]:
        if post.scheduled_at is None or post.status == "cancelled":
            return ()
        day = post.scheduled_at.astimezone().date()
        return over_frequency(s, self._plans.get(), day, post.id)

    def content_types(self) -> list[ContentTypeInfo]:
        with self._db.session(read_only=True) as s:
            rows = s.scalars(select(ContentType).order_by(ContentType.sort_order, ContentType.id))
            return [content_type_info(t) for t in rows]

    def rules(self) -> dict[str, PlatformRule]:
        return dict(PLATFORM_RULES)

    def check_text(
        self, platform_code: str, title: str, text: str, image_count: int
    ) -> tuple[PostWarning, ...]:
        """The editor's live check of one account's text (no database read)."""
        return check_text(platform_code, title, text, image_count)

    # Records -----------------------------------------------------------------------
    def add(self, draft: PostDraft, *, uuid: str | None = None) -> PostDetail:
        with self._db.session() as s:
            require(self._acting, s, EDIT_POSTS)
            post = Post(status="idea")
            if uuid is not None:
                post.uuid = uuid
            apply_draft(s, post, draft)
            s.flush()
            return self._detail(s, post)

    def update(self, uuid: str, expected_version: int, draft: PostDraft) -> PostDetail:
        with self._db.session() as s:
            require(self._acting, s, EDIT_POSTS)
            post = find(s, Post, uuid, "post")
            check_version(post, expected_version, "post")
            apply_draft(s, post, draft)
            post.updated_at = utcnow()  # children alone changed: still a new version
            s.flush()
            s.refresh(post)
            return self._detail(s, post)

    def remove(self, uuid: str) -> RemovedPost:
        with self._db.session() as s:
            require(self._acting, s, EDIT_POSTS)
            post = find(s, Post, uuid, "post")
            removed = RemovedPost(self._detail(s, post))
            s.delete(post)
            return removed

    def restore(self, removed: RemovedPost) -> PostDetail:
        """Put a removed post back with the same UUIDs, status, steps, comments and
        review decisions, in one transaction."""
        p = removed.post
        with self._db.session() as s:
            require(self._acting, s, EDIT_POSTS)
            draft = p.draft()
            campaign = select(Campaign.id).where(Campaign.uuid == p.campaign_uuid)
            if p.campaign_uuid and s.scalar(campaign) is None:
                draft = replace(draft, campaign_uuid=None)  # as ON DELETE SET NULL would
            post = Post(uuid=p.uuid, status=p.status, created_at=p.created_at)
            post.rejection_reason = p.rejection_reason
            post.review_round = p.review_round
            apply_draft(s, post, draft)
            done = {st.uuid: st.done_at for st in p.steps}
            for step in [o for o in s.new if isinstance(o, ProductionStep)]:
                step.done_at = done.get(step.uuid, step.done_at)
            for c in p.comments:
                s.add(
                    PostComment(
                        uuid=c.uuid,
                        post_id=post.id,
                        member_uuid=c.member_uuid,
                        member_name=c.member_name,
                        body=c.body,
                        at=c.at,
                    )
                )
            for a in p.approvals:
                s.add(
                    PostApproval(
                        post_id=post.id,
                        member_uuid=a.member_uuid,
                        member_name=a.member_name,
                        step=a.step,
                        decision=a.decision,
                        reason=a.reason,
                        round=a.round,
                        at=a.at,
                    )
                )
            s.flush()
            return self._detail(s, post)

    # Workflow ----------------------------------------------------------------------
    def act(
        self, uuid: str, expected_version: int, action: str, reason: str = ""
    ) -> TransitionResult:
        """Take a workflow action (workflow.ACTIONS); ``reason`` is required to reject.
        Raises NotAllowed (not in the table), Forbidden (rights, approver), StaleEdit."""
        policy = load_settings(self._db).approval
        with self._db.session() as s:
            post = find(s, Post, uuid, "post")
            check_version(post, expected_version, "post")
            before = self._detail(s, post)
            apply_action(s, self._acting, post, action, reason, policy)
            s.flush()
            s.refresh(post)
            after = self._detail(s, post)
            return TransitionResult(after, action, before.status, after.status, before)

    def undo_action(self, result: TransitionResult) -> PostDetail:
        """Take back an action (the UI's undo); refused if the post changed since."""
        with self._db.session() as s:
            require(self._acting, s, right_for(result.action))
            post = find(s, Post, result.post.uuid, "post")
            check_version(post, result.post.version, "post")
            if post.status != result.to_status:
                raise StaleEdit(stale_message("post"))
            undo_action(s, post, result.before, result.action)
            s.flush()
            s.refresh(post)
            return self._detail(s, post)

    # Moving ------------------------------------------------------------------------
    def reschedule(
        self,
        uuid: str,
        expected_version: int,
        when: datetime | None,
        target_uuid: str | None = None,
    ) -> Rescheduled:
        """Move the post (its targets with their own times keep their offsets) or one
        target to ``when``. Undo: reschedule back to ``result.before``."""
        if when is not None and when.tzinfo is None:
            raise InvalidInput("scheduled_at", "needs a time zone")
        with self._db.session() as s:
            require(self._acting, s, EDIT_POSTS)
            post = find(s, Post, uuid, "post")
            check_version(post, expected_version, "post")
            if post.status in ("published", "cancelled"):
                raise InvalidInput("scheduled_at", f"a {post.status} post cannot be moved")
            targets = list(s.scalars(select(PostTarget).where(PostTarget.post_id == post.id)))
            if target_uuid is None:
                before = post.scheduled_at
                if when is not None and before is not None:
                    for t in targets:
                        if t.scheduled_at is not None:
                            t.scheduled_at = t.scheduled_at + (when - before)
                post.scheduled_at = when
            else:
                target = next((t for t in targets if t.uuid == target_uuid), None)
                if target is None:
                    raise InvalidInput("targets", "this account is no longer on the post")
                before = target.scheduled_at
                target.scheduled_at = when
                times = [t.scheduled_at for t in targets if t.scheduled_at is not None]
                post.scheduled_at = min(times) if times else post.scheduled_at
                post.updated_at = utcnow()
            s.flush()
            s.refresh(post)
            [summary] = summaries(s, [post.id])
            return Rescheduled(summary, before, target_uuid)

    # Comments ----------------------------------------------------------------------
    def add_comment(self, uuid: str, body: str) -> CommentInfo:
        """Anyone who edits or reviews posts may comment."""
        text = require_text(body, "comment", 5000, multiline=True)
        with self._db.session() as s:
            self._require_either(s)
            post = find(s, Post, uuid, "post")
            member_uuid, name = s.info.get(history.ACTOR, (None, ""))
            c = PostComment(post_id=post.id, member_uuid=member_uuid, member_name=name, body=text)
            s.add(c)
            s.flush()
            return CommentInfo(c.uuid, c.member_uuid, c.member_name, c.body, c.at)

    def remove_comment(self, comment_uuid: str) -> None:
        with self._db.session() as s:
            self._require_either(s)
            s.delete(find(s, PostComment, comment_uuid, "comment"))

    def _require_either(self, s: Session) -> None:
        if self._acting is None or self._acting.may(EDIT_POSTS):
            require(self._acting, s, EDIT_POSTS)
        else:
            require(self._acting, s, APPROVE_POST)
