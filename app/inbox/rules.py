"""Keyword rules: contains any / all keywords, on an account and a kind → tag, assign,
priority, alert. Applied to new messages as they arrive and on demand to a selection."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.records import find
from app.inbox import alerts
from app.inbox.common import Names, chunks, placed, split_lines
from app.inbox.crisis import ServiceBase
from app.inbox.models import Alert as AlertModel
from app.inbox.models import Message, MessageTag
from app.inbox.models import Rule as RuleModel
from app.inbox.types import PRIORITIES, RemovedRule, Rule, RuleDraft, RuleOutcome
from app.validation import InvalidInput, optional_text, require_text

MAX_KEYWORDS = 200


@dataclass(frozen=True)
class CompiledRule:
    id: int
    name: str
    keywords: tuple[str, ...]  # folded (casefold) for matching
    match_all: bool
    account_id: int | None
    kind: str | None
    add_tag: str
    assign_to_id: int | None
    set_priority: int | None
    raise_alert: bool

    def matches(self, account_id: int, kind: str, folded_text: str) -> bool:
        if self.account_id is not None and self.account_id != account_id:
            return False
        if self.kind is not None and self.kind != kind:
            return False
        if not self.keywords:
            return False
        found = (k in folded_text for k in self.keywords)
        return all(found) if self.match_all else any(found)


@dataclass
class Effect:
    """What the rules do to one message."""

    tags: set[str] = field(default_factory=set)
    assignee_id: int | None = None
    priority: int | None = None
    alert_rules: list[CompiledRule] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.tags or self.assignee_id or self.priority is not None or self.alert_rules)


def load(s: Session) -> list[CompiledRule]:
    q = select(RuleModel).where(RuleModel.enabled.is_(True))
    q = q.order_by(RuleModel.sort_order, RuleModel.id)
    return [
        CompiledRule(
            r.id,
            r.name,
            tuple(k.casefold() for k in split_lines(r.keywords)),
            r.match_all,
            r.account_id,
            r.kind,
            r.add_tag,
            r.assign_to_id,
            r.set_priority,
            r.raise_alert,
        )
        for r in s.scalars(q)
    ]


def effect(rules: Sequence[CompiledRule], account_id: int, kind: str, text: str) -> Effect:
    """Every matching rule adds its tag; the first to assign / set a priority wins."""
    out = Effect()
    if not rules:
        return out
    folded = text.casefold()
    for rule in rules:
        if not rule.matches(account_id, kind, folded):
            continue
        if rule.add_tag:
            out.tags.add(rule.add_tag)
        if rule.assign_to_id is not None and out.assignee_id is None:
            out.assignee_id = rule.assign_to_id
        if rule.set_priority is not None and out.priority is None:
            out.priority = rule.set_priority
        if rule.raise_alert:
            out.alert_rules.append(rule)
    return out


def raise_rule_alerts(s: Session, hits: dict[int, tuple[CompiledRule, list[int]]]) -> list[str]:
    """One alert per rule naming the messages it matched (``hits``: rule id → rule, ids)."""
    return [
        alerts.raise_alert(s, "rule", rule.name, rule.account_id, ids, rule_id=rule.id)
        for rule, ids in hits.values()
        if ids
    ]


def apply_to(s: Session, ids: Sequence[int]) -> RuleOutcome:
    """Run the enabled rules on existing messages (by id)."""
    rules = load(s)
    matched = changed = 0
    hits: dict[int, tuple[CompiledRule, list[int]]] = {}
    for chunk in chunks(list(ids)):
        for m in s.scalars(select(Message).where(Message.id.in_(chunk))):
            eff = effect(rules, m.account_id, m.kind, m.text)
            if eff.empty:
                continue
            matched += 1
            before = (m.tags, m.assignee_id, m.priority)
            tags = set(split_lines(m.tags))
            for tag in eff.tags - tags:
                s.add(MessageTag(message_id=m.id, tag=tag))
            m.tags = "\n".join(sorted(tags | eff.tags))
            if eff.assignee_id is not None:
                m.assignee_id = eff.assignee_id
            if eff.priority is not None:
                m.priority = eff.priority
            changed += before != (m.tags, m.assignee_id, m.priority)
            for rule in eff.alert_rules:
                hits.setdefault(rule.id, (rule, []))[1].append(m.id)
    return RuleOutcome(matched, changed, tuple(raise_rule_alerts(s, hits)))


# Editing -------------------------------------------------------------------------------
def rule_info(r: RuleModel, names: Names) -> Rule:
    account = names.accounts.get(r.account_id) if r.account_id is not None else None
    return Rule(
        uuid=r.uuid,
        name=r.name,
        keywords=split_lines(r.keywords),
        match_all=r.match_all,
        account_uuid=account.uuid if account else None,
        account=account.handle if account else "",
        kind=r.kind,
        add_tag=r.add_tag,
        assign_to_uuid=names.member_uuid(r.assign_to_id),
        assign_to=names.member_name(r.assign_to_id),
        set_priority=r.set_priority,
        raise_alert=r.raise_alert,
        enabled=r.enabled,
        version=r.version,
    )


def list_rules(s: Session) -> list[Rule]:
    names = Names.load(s)
    q = select(RuleModel).order_by(RuleModel.sort_order, RuleModel.id)
    return [rule_info(r, names) for r in s.scalars(q)]


def save(s: Session, draft: RuleDraft, uuid: str | None, expected_version: int) -> Rule:
    return _write(s, placed(s, RuleModel, uuid, expected_version, "rule"), draft)


def _write(s: Session, rule: RuleModel, draft: RuleDraft) -> Rule:
    from app.inbox.common import check_kind

    names = Names.load(s)
    keywords = []
    for k in draft.keywords:
        k = optional_text(k, "keywords", 100)
        if k and k not in keywords:
            keywords.append(k)
    if not keywords:
        raise InvalidInput("keywords", "give at least one keyword")
    if len(keywords) > MAX_KEYWORDS:
        raise InvalidInput("keywords", f"at most {MAX_KEYWORDS} keywords")
    tag = optional_text(draft.add_tag, "add_tag", 80)
    if draft.set_priority is not None and draft.set_priority not in PRIORITIES:
        raise InvalidInput("set_priority", "unknown priority")
    if not (tag or draft.assign_to_uuid or draft.set_priority is not None or draft.raise_alert):
        raise InvalidInput("actions", "choose what the rule does")
    rule.name = require_text(draft.name, "name", 200)
    rule.keywords = "\n".join(keywords)
    rule.match_all = draft.match_all
    rule.account_id = names.account_id(draft.account_uuid) if draft.account_uuid else None
    rule.kind = check_kind(draft.kind) if draft.kind else None
    rule.add_tag = tag
    rule.assign_to_id = names.member_id(draft.assign_to_uuid) if draft.assign_to_uuid else None
    rule.set_priority = draft.set_priority
    rule.raise_alert = draft.raise_alert
    rule.enabled = draft.enabled
    s.add(rule)
    s.flush()
    s.refresh(rule)
    return rule_info(rule, names)


class RulesService(ServiceBase):
    """The rules as records (``workspace.inbox.rules``): get / add / update / remove /
    restore, for the UI's undoable editing. Writes need ``ASSIGN_INBOX``."""

    def get(self, uuid: str) -> Rule:
        with self._db.session(read_only=True) as s:
            return rule_info(find(s, RuleModel, uuid, "rule"), Names.load(s))

    def add(self, draft: RuleDraft) -> Rule:
        with self._db.session() as s:
            self._require(s)
            return save(s, draft, None, 0)

    def update(self, uuid: str, expected_version: int, draft: RuleDraft) -> Rule:
        with self._db.session() as s:
            self._require(s)
            return save(s, draft, uuid, expected_version)

    def remove(self, uuid: str) -> RemovedRule:
        """The alerts it raised stay (without their rule) until it is restored."""
        with self._db.session() as s:
            self._require(s)
            rule = find(s, RuleModel, uuid, "rule")
            raised = select(AlertModel.uuid).where(AlertModel.rule_id == rule.id)
            removed = RemovedRule(
                rule_info(rule, Names.load(s)), rule.sort_order, tuple(s.scalars(raised))
            )
            s.delete(rule)
            return removed

    def restore(self, removed: RemovedRule) -> Rule:
        """Put a removed rule back: same UUID, place in the order and alerts."""
        with self._db.session() as s:
            self._require(s)
            rule = RuleModel(uuid=removed.rule.uuid, sort_order=removed.sort_order)
            info = _write(s, rule, removed.rule.draft())
            for chunk in chunks(list(removed.alert_uuids)):
                for alert in s.scalars(select(AlertModel).where(AlertModel.uuid.in_(chunk))):
                    alert.rule_id = rule.id
            return info
