"""ORM records of the Strategy tab to the frozen infos services return (``PlanInfo`` …).

Callers load the relationships a converter reads (``joinedload``) to avoid a query each.
"""

from __future__ import annotations

from app.strategy.models import ContentPillar, Objective, Plan, PlatformStrategy
from app.strategy.types import ObjectiveInfo, PillarInfo, PlanInfo, PlatformStrategyInfo


def plan_info(p: Plan) -> PlanInfo:
    return PlanInfo(
        uuid=p.uuid,
        parent_uuid=p.parent.uuid if p.parent else None,
        level=p.level,
        title=p.title,
        start_date=p.start_date,
        end_date=p.end_date,
        status=p.status,
        goals=p.goals,
        core_messages=p.core_messages,
        audience=p.audience,
        execution_path=p.execution_path,
        budget_cents=p.budget_cents,
        owner_uuid=p.owner.uuid if p.owner else None,
        owner_name=p.owner.name if p.owner else "",
        notes=p.notes,
        version=p.version,
        created_at=p.created_at,
        updated_at=p.updated_at,
    )


def strategy_info(st: PlatformStrategy) -> PlatformStrategyInfo:
    return PlatformStrategyInfo(
        uuid=st.uuid,
        plan_uuid=st.plan.uuid,
        platform_uuid=st.platform.uuid,
        platform_code=st.platform.code,
        platform_en=st.platform.name_en,
        platform_zh=st.platform.name_zh,
        account_uuid=st.account.uuid if st.account else None,
        account_handle=st.account.handle if st.account else "",
        frequency_count=st.frequency_count,
        frequency_unit=st.frequency_unit,
        interaction_style=st.interaction_style,
        promotion_focus=st.promotion_focus,
        notes=st.notes,
        version=st.version,
        created_at=st.created_at,
        updated_at=st.updated_at,
    )


def pillar_info(p: ContentPillar) -> PillarInfo:
    return PillarInfo(
        uuid=p.uuid,
        plan_uuid=p.plan.uuid,
        platform_strategy_uuid=p.platform_strategy.uuid if p.platform_strategy else None,
        name=p.name,
        share_percent=p.share_percent,
        description=p.description,
        sort_order=p.sort_order,
        version=p.version,
        created_at=p.created_at,
        updated_at=p.updated_at,
    )


def objective_info(o: Objective, scope_names: tuple[str, str] | None) -> ObjectiveInfo:
    """``scope_names`` is (en, zh) of what the scope names, None when it is gone."""
    en, zh = scope_names or ("", "")
    return ObjectiveInfo(
        uuid=o.uuid,
        plan_uuid=o.plan.uuid,
        metric=o.metric,
        custom_name=o.custom_name,
        scope=o.scope,
        scope_uuid=o.scope_uuid,
        scope_name_en=en,
        scope_name_zh=zh,
        scope_missing=o.scope != "all" and scope_names is None,
        target_value=o.target_value,
        unit=o.unit,
        start_date=o.start_date,
        end_date=o.end_date,
        notes=o.notes,
        version=o.version,
        created_at=o.created_at,
        updated_at=o.updated_at,
    )
