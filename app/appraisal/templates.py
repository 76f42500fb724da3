"""Default appraisal templates per role, in English and Chinese, from the department's
duties and conduct norms (shared/DOMAIN.md), and the combined template of a member who
holds several roles.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.appraisal.types import FACT, JUDGEMENT, Criterion, TemplateInfo
from app.vocabulary import ROLES

# role → (English name, Chinese name)
ROLE_TEMPLATE_NAMES: dict[str, tuple[str, str]] = {
    "lead": ("Team lead", "团队负责人"),
    "strategy": ("Strategy planner", "策略策划"),
    "content": ("Content producer", "内容策划/制作"),
    "operations": ("Platform operator", "平台运营"),
    "analyst": ("Data analyst", "数据分析"),
    "pr": ("PR and crisis", "公关/舆情"),
}

# (weight, kind, fact, English name, English description, Chinese name, Chinese description)
_Row = tuple[int, str, str, str, str, str, str]
_J, _F = JUDGEMENT, FACT

DEFAULTS: dict[str, tuple[_Row, ...]] = {
    "lead": (
        (25, _J, "", "Team goals and standards",
         "Sets clear team goals and appraisal standards; assigns and coordinates work.",
         "团队目标与考核标准", "制定清晰的团队目标与考核标准，合理分配与协调任务。"),
        (20, _J, "", "Training and development",
         "Organises training in content creation, data analysis and platform operations.",
         "培训与成长", "组织内容创作、数据分析与平台运营方面的内部培训。"),
        (20, _J, "", "Fair and just",
         "Fair and just; respects every member; appraisals reward good work.",
         "公平公正", "公平公正，尊重每位成员，绩效评估奖优促进。"),
        (15, _J, "", "Openness to new ideas",
         "Encourages new ideas and open exchange in the team.",
         "鼓励创新", "鼓励新想法，促进团队开放交流。"),
        (20, _F, "objectives_achieved", "Team objectives met",
         "Attention to detail so that team goals are met.",
         "团队目标达成", "注重细节，确保团队目标达成。"),
    ),
    "strategy": (
        (25, _J, "", "Strategy plans",
         "Annual, quarterly and monthly plans with goals, core messages and execution path.",
         "策略规划", "制定年度、季度、月度社媒策略，明确目标、核心信息与执行路径。"),
        (20, _J, "", "Platform strategies and research",
         "Per-platform strategies, market research and competitor analysis.",
         "平台策略与调研", "制定各平台运营策略，开展市场调研与竞品分析。"),
        (20, _F, "on_time_rate", "Publishing plan on time",
         "A publishing plan that keeps output on time, continuous and consistent.",
         "发布计划按时执行", "内容发布计划保证输出及时、连续、一致。"),
        (20, _J, "", "Data-driven adjustment",
         "Follows industry trends; adjusts direction from data, fast.",
         "数据驱动调整", "关注行业趋势，依据数据快速调整方向。"),
        (15, _J, "", "Cross-department contact",
         "Close contact with marketing, product and customer service.",
         "跨部门协作", "与市场、产品、客服等部门保持密切沟通。"),
    ),
    "content": (
        (25, _F, "posts_published", "Content output",
         "Articles, videos, live streams, image+text and short videos from the plan.",
         "内容产出", "依据计划产出文章、视频、直播、图文与短视频。"),
        (20, _F, "on_time_rate", "On time",
         "Content done on time against production due dates.",
         "按时交付", "内容按制作截止日期按时完成。"),
        (20, _F, "review_rejections", "Review and compliance",
         "Passes review for legality, compliance and brand consistency.",
         "审核与合规", "内容通过合法性、合规性与品牌一致性审核。"),
        (20, _J, "", "Original and professional",
         "Professional and original; no plagiarism or infringement.",
         "专业与原创", "内容专业、原创，无抄袭、无侵权。"),
        (15, _J, "", "Close to user needs",
         "Content close to user needs; watches performance and adjusts.",
         "贴近用户需求", "内容贴近用户需求，关注效果并调整方向与形式。"),
    ),
    "operations": (
        (20, _J, "", "Accounts current and varied",
         "Keeps the platform accounts current and varied; runs online activities.",
         "账号运营", "保持各平台账号内容更新且丰富，策划线上活动。"),
        (25, _F, "inbox_handled", "Comments and messages answered",
         "Answers comments and direct messages.",
         "留言与私信回复", "及时回复留言和私信。"),
        (20, _F, "median_first_response_minutes", "Fast response",
         "Customer first, fast response; few SLA breaches.",
         "快速响应", "用户至上，响应迅速，少有超时。"),
        (15, _J, "", "Tone and rules",
         "Professional and polite tone; follows platform rules and the law.",
         "语气与规范", "语气专业礼貌，遵守平台规则与法律法规。"),
        (20, _J, "", "Ads and operating reports",
         "Improves ad ROI; periodic operating reports from the data.",
         "广告与运营报告", "提升广告投放回报，定期出具运营数据报告。"),
    ),
    "analyst": (
        (20, _J, "", "KPI set-up",
         "Sets KPIs: follower growth, reads, reposts and comments, conversion rate.",
         "KPI 设定", "设定粉丝增长、阅读量、转发评论、转化率等 KPI。"),
        (25, _J, "", "Complete and accurate data",
         "Data collected from platform analytics and tools, complete and accurate.",
         "数据完整准确", "从平台与第三方工具收集数据，保证完整准确。"),
        (20, _J, "", "Periodic reports",
         "Reports on user behaviour, content performance and ad results.",
         "定期报告", "定期输出用户行为、内容表现与广告效果报告。"),
        (20, _J, "", "Actionable suggestions",
         "Spots problems; actionable suggestions, not vanity metrics.",
         "可执行的建议", "发现问题，提出可执行建议，不追逐虚荣指标。"),
        (15, _F, "objectives_achieved", "Objectives met",
         "The KPIs the analyst owns reach their targets.",
         "目标达成", "所负责 KPI 达成目标。"),
    ),
    "pr": (
        (25, _J, "", "Sentiment monitoring",
         "Real-time monitoring of industry news and user feedback; risks identified.",
         "舆情监测", "实时监测行业动态与用户反馈，识别风险。"),
        (20, _J, "", "Contingency plans",
         "Keeps contingency plans current; coordinates other departments.",
         "应急预案", "维护应急预案，协调各部门。"),
        (20, _F, "sla_breaches", "Quick response to incidents",
         "Responds quickly to incidents and negative comments.",
         "快速应对", "快速应对突发事件与负面评论。"),
        (20, _J, "", "Calm, lawful, transparent",
         "Calm and professional; respects users; handles negatives lawfully.",
         "冷静合法透明", "冷静专业，尊重用户，依法处理负面信息，及时透明沟通。"),
        (15, _J, "", "Lessons learnt",
         "Writes up lessons and improves the process.",
         "复盘改进", "总结经验教训，改进流程。"),
    ),
}  # fmt: skip


def default_template(role: str, language: str) -> TemplateInfo:
    """The built-in template of ``role`` in ``language`` ("zh…" for Chinese, else English)."""
    zh = language.startswith("zh")
    rows = DEFAULTS[role]
    criteria = tuple(
        Criterion(
            name=zh_name if zh else en_name,
            description=zh_text if zh else en_text,
            weight=weight,
            kind=kind,
            fact=fact,
        )
        for weight, kind, fact, en_name, en_text, zh_name, zh_text in rows
    )
    en, zh_title = ROLE_TEMPLATE_NAMES[role]
    return TemplateInfo(None, zh_title if zh else en, role, "zh" if zh else "en", criteria)


def primary_roles(roles: Sequence[str]) -> tuple[str, ...]:
    """The roles a member is appraised on, in the vocabulary's order; none: content."""
    held = tuple(r for r in ROLES if r in roles)
    return held or ("content",)


def combine(templates: Sequence[TemplateInfo], separator: str = " + ") -> TemplateInfo:
    """One template from several (a member with several roles): every criterion, each
    template's weights scaled to an equal share, whole numbers summing to 100."""
    if len(templates) == 1:
        return templates[0]
    share = [(t, c, c.weight / len(templates)) for t in templates for c in t.criteria]
    floors = [int(w) for _, _, w in share]
    # Largest remainder: the points lost to rounding down go to the largest fractions.
    missing = 100 - sum(floors)
    order = sorted(range(len(share)), key=lambda i: -(share[i][2] - floors[i]))
    for i in order[:missing]:
        floors[i] += 1
    criteria = tuple(
        Criterion(c.name, c.description, w, c.scale_min, c.scale_max, c.kind, c.fact)
        for (_, c, _), w in zip(share, floors, strict=True)
    )
    first = templates[0]
    return TemplateInfo(
        None, separator.join(t.name for t in templates), first.role, first.language, criteria
    )
