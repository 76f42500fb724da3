"""Demo data for appraisals: the last two quarters signed, the current one under way,
and training records. Goes through the services, so it obeys the rules typed data does.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.appraisal.service import AppraisalService
from app.appraisal.training import TrainingService
from app.appraisal.types import (
    AWAITING_SIGNOFF,
    MANAGER_REVIEW,
    SELF_REVIEW,
    AppraisalInfo,
    CycleDraft,
    ManagerReview,
    Participant,
    SelfReview,
    TrainingDraft,
)
from app.db.database import Database
from app.team.service import TeamService

SELF_NOTES = ("按计划完成", "本季度有明显进步", "", "个别任务延期，已复盘", "")
MANAGER_NOTES = ("表现稳定", "超出预期", "", "仍需加强", "数据支撑充分", "")
STRENGTHS = ("执行力强，按时交付", "数据敏感度高，善于复盘", "沟通顺畅，跨部门协作好")
IMPROVEMENTS = ("短视频创意需更贴近用户", "报告结论可更聚焦", "回复时效有待提升")
GOALS = ("下季度完成 40 篇图文与 12 条短视频", "建立周度数据看板", "首次响应控制在 30 分钟内")
PLANS = ("参加数据分析进阶培训", "直播运营实战课程", "危机公关案例研讨")
COURSES = (
    ("短视频脚本与剪辑", ("content",)),
    ("数据分析入门：从指标到洞察", ("data",)),
    ("抖音直播运营实战", ("operations",)),
    ("舆情监测与危机应对演练", ("crisis",)),
    ("内容合规与版权", ("content", "crisis")),
)
TRAINERS = ("王芳", "外部讲师 李老师", "平台官方培训")


def _quarter(day: date, back: int) -> tuple[date, date, str]:
    """The quarter ``back`` quarters before the one ``day`` is in."""
    index = day.year * 4 + (day.month - 1) // 3 - back
    year, q = divmod(index, 4)
    start = date(year, q * 3 + 1, 1)
    next_start = date(year + (q == 3), (q * 3 + 3) % 12 + 1, 1)
    return start, next_start - timedelta(days=1), f"{year} Q{q + 1}"


def _self(rng: random.Random, a: AppraisalInfo) -> SelfReview:
    return SelfReview(tuple((rng.randint(3, 5), rng.choice(SELF_NOTES)) for _ in a.lines))


def _manager(rng: random.Random, a: AppraisalInfo) -> ManagerReview:
    return ManagerReview(
        tuple((rng.choice((3, 4, 4, 4, 5, 5)), rng.choice(MANAGER_NOTES)) for _ in a.lines),
        rng.choice(STRENGTHS),
        rng.choice(IMPROVEMENTS),
        rng.choice(GOALS),
        rng.choice(PLANS),
    )


def seed_demo_appraisals(db: Database, today: date, rng: random.Random) -> None:
    members = TeamService(db).list_members(include_inactive=False)
    if not members:
        return
    service = AppraisalService(db)
    people = [Participant(m.uuid) for m in members]
    for back in (2, 1, 0):
        start, end, name = _quarter(today, back)
        draft = CycleDraft(
            name, "quarter", start, end, end + timedelta(days=14), end + timedelta(days=28)
        )
        cycle = service.create_cycle(draft, people, "zh")
        service.start_cycle(cycle.uuid)
        for i, a in enumerate(service.list_appraisals(cycle.uuid)):
            # The current quarter is under way: some at each step, none signed yet.
            stop = (SELF_REVIEW, MANAGER_REVIEW, AWAITING_SIGNOFF)[i % 3] if not back else None
            if stop == SELF_REVIEW:
                continue
            a = service.save_self_review(a.uuid, a.version, _self(rng, a))
            a = service.submit_self_review(a.uuid, a.version)
            a = service.save_manager_review(a.uuid, a.version, _manager(rng, a))
            if stop == MANAGER_REVIEW:
                continue
            a = service.submit_manager_review(a.uuid, a.version)
            if stop == AWAITING_SIGNOFF:
                continue
            a = service.sign(a.uuid, a.version, as_manager=True, day=end + timedelta(days=20))
            service.sign(a.uuid, a.version, as_manager=False, day=end + timedelta(days=21))
    training = TrainingService(db)
    first = _quarter(today, 2)[0]
    span = max((today - first).days, 1)
    for m in members:
        for _ in range(2):
            course, skills = rng.choice(COURSES)
            training.add(
                TrainingDraft(
                    m.uuid,
                    course,
                    first + timedelta(days=rng.randrange(span)),
                    rng.choice((2.0, 3.0, 4.0, 6.0)),
                    skills,
                    rng.choice(TRAINERS),
                )
            )
