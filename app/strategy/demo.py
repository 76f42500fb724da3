"""Demo data for the Strategy tab: this year's plan tree, competitors, research notes.

Goes through the services, so demo data obeys the same rules as typed data. Meant for
a fresh database; members and accounts already there are used, not required.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from app.accounts.service import AccountsService
from app.db.database import Database
from app.strategy.objectives import ObjectivesService
from app.strategy.periods import add_months, quarter_of
from app.strategy.plans import StrategyService
from app.strategy.platforms import PlatformStrategyService
from app.strategy.research import ResearchService
from app.strategy.research_types import (
    CompetitorDraft,
    ObservationDraft,
    ResearchNoteDraft,
)
from app.strategy.types import (
    ObjectiveDraft,
    PillarDraft,
    PlanInfo,
    PlatformStrategyDraft,
    new_plan_draft,
)
from app.team.service import TeamService

# code, posts per week, interaction style, promotion focus
PLATFORM_PLANS = (
    ("weibo", 7, "热点话题快速跟进，评论区 2 小时内回复", "新品话题 + 超话运营"),
    ("wechat", 3, "长文深度内容，留言精选互动", "公众号推文导流小程序商城"),
    ("douyin", 5, "短视频 + 每周两场直播，弹幕实时互动", "直播带货与达人合作种草"),
    ("bilibili", 2, "中长视频测评，置顶评论答疑", "UP 主联合测评"),
)
PILLARS = (("产品种草", 40), ("品牌故事", 25), ("用户互动", 20), ("行业洞察", 10))
COMPETITORS = (
    ("青柠生活 Limelife", "抖音, 小红书, 微博", "@limelife_official", "主打年轻白领，直播频次高"),
    ("云朵家居 CloudHome", "微信, 抖音", "云朵家居服务号", "内容偏生活方式，私域运营强"),
    ("星野运动 StarField", "B站, 微博, 抖音", "@starfield", "联名营销多，B站测评口碑好"),
)
NOTES = (
    ("抖音直播电商趋势", "短视频平台直播转化率持续走高，品牌自播占比上升。", "抖音, 直播, 趋势"),
    ("用户画像访谈小结", "25–35 岁用户更看重真实测评与售后口碑。", "用户研究, 访谈"),
    ("竞品 618 活动复盘", "青柠生活 618 期间达人合作数量翻倍，话题阅读量破亿。", "竞品, 大促"),
)


def seed_demo_strategy(db: Database, today: date, rng: random.Random) -> None:
    """This year's plan tree (year, four quarters, the current quarter's months) with
    platform strategies, pillars and objectives; three competitors; research notes."""
    plans = StrategyService(db)
    year = today.year
    owner = _planner(db)
    platforms = {p.code: p.uuid for p in AccountsService(db).list_platforms()}

    top = plans.add_plan(
        replace(
            new_plan_draft(f"{year} 年度社媒策略", "year", today),
            status="active",
            goals="全年粉丝增长 30%，品牌声量进入行业前三，社媒渠道贡献 15% 线上销售。",
            core_messages="真实好用、陪伴成长、品质生活。",
            audience="25–35 岁一二线城市白领，关注品质与性价比。",
            execution_path="Q1 蓄水种草 → Q2 大促转化 → Q3 品牌事件 → Q4 年终回馈。",
            budget_cents=120_000_000,
            owner_uuid=owner,
        )
    )
    _fill(db, top, rng, platforms, 1.0)
    current_q = quarter_of(today)
    for q in range(1, 5):
        quarter = plans.add_plan(
            replace(
                new_plan_draft(
                    f"{year} Q{q} 季度策略", "quarter", date(year, 3 * q - 2, 1), top.uuid
                ),
                status=_status(q, current_q),
                goals=f"第 {q} 季度：围绕年度目标分解的季度重点。",
                budget_cents=30_000_000,
                owner_uuid=owner,
            )
        )
        if q != current_q:
            continue
        _fill(db, quarter, rng, platforms, 1.0)
        for offset in range(3):
            first = add_months(date(year, 3 * q - 2, 1), offset)
            month = plans.add_plan(
                replace(
                    new_plan_draft(
                        f"{year}年{first.month}月 月度计划", "month", first, quarter.uuid
                    ),
                    status=_status(first.month, today.month),
                    goals="本月内容排期与重点活动。",
                    budget_cents=10_000_000,
                    owner_uuid=owner,
                )
            )
            _fill(db, month, rng, platforms, rng.uniform(0.8, 1.2))
    _research(db, today, rng, top, platforms)


def _planner(db: Database) -> str | None:
    members = TeamService(db).list_members(include_inactive=False)
    for role in ("strategy", "lead"):
        for m in members:
            if role in m.roles:
                return m.uuid
    return None


def _status(index: int, current: int) -> str:
    return "archived" if index < current else "active" if index == current else "draft"


def _fill(
    db: Database, plan: PlanInfo, rng: random.Random, platforms: dict[str, str], scale: float
) -> None:
    """Platform strategies, pillars and objectives for one plan."""
    strategies, objectives = PlatformStrategyService(db), ObjectivesService(db)
    for code, per_week, style, focus in PLATFORM_PLANS:
        if code not in platforms:
            continue
        draft = PlatformStrategyDraft(platforms[code], None, max(1, round(per_week * scale)))
        st = strategies.add_strategy(
            plan.uuid, replace(draft, interaction_style=style, promotion_focus=focus)
        )
        if code == "bilibili":
            strategies.add_pillar(plan.uuid, PillarDraft("深度测评", 60, st.uuid))
            strategies.add_pillar(plan.uuid, PillarDraft("幕后花絮", 30, st.uuid))
    for name, share in PILLARS:
        strategies.add_pillar(plan.uuid, PillarDraft(name, share - rng.randint(0, 5)))

    months = {"year": 12.0, "quarter": 3.0, "month": 1.0}[plan.level] * scale
    targets = [
        ObjectiveDraft("follower_growth", round(10_000 * months, -2)),
        ObjectiveDraft("views", round(1_500_000 * months, -3)),
        ObjectiveDraft("conversion_rate", round(rng.uniform(2.0, 3.5), 1)),
        ObjectiveDraft("first_response_time", 30.0),
    ]
    if "douyin" in platforms:
        douyin = platforms["douyin"]
        targets.append(ObjectiveDraft("shares", round(20_000 * months), None, "platform", douyin))
    if plan.level == "year":
        targets.append(ObjectiveDraft("ad_spend", 800_000.0))
        targets.append(ObjectiveDraft("roi", 3.0))
        targets.append(ObjectiveDraft("custom", 12.0, custom_name="KOL 合作场次"))
    accounts = AccountsService(db).list_accounts()
    if accounts:
        account = rng.choice(accounts).uuid
        targets.append(
            ObjectiveDraft("followers", round(50_000 * months), None, "account", account)
        )
    for target in targets:
        objectives.add_objective(plan.uuid, target)


def _research(
    db: Database, today: date, rng: random.Random, plan: PlanInfo, platforms: dict[str, str]
) -> None:
    research = ResearchService(db)
    codes = [c for c in ("douyin", "weibo", "bilibili") if c in platforms]
    for name, on, handles, notes in COMPETITORS:
        competitor = research.add_competitor(CompetitorDraft(name, on, handles, notes))
        for code in codes:
            followers = rng.randint(200_000, 2_000_000)
            for back in range(5, -1, -1):
                observed = add_months(today.replace(day=1), -back)
                research.add_observation(
                    competitor.uuid,
                    ObservationDraft(observed, "followers", float(followers), platforms[code]),
                )
                followers = int(followers * rng.uniform(1.01, 1.08))
    for i, (title, body, tags) in enumerate(NOTES):
        noted = max(date(today.year, 1, 1), today - timedelta(days=20 * (i + 1)))
        research.add_note(ResearchNoteDraft(noted, title, body, tags, plan.uuid))
