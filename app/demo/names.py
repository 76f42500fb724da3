"""The words and numbers of the demo: people, accounts and the campaign calendar.

Plain data, kept apart from the code that writes it so a translator or marketer can
review it in one place.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# (name, e-mail local part, roles, notes). Together they hold all six roles, and the
# small demo is exactly this team.
CORE_TEAM: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("王芳", "wang.fang", ("lead", "strategy", "pr"), "团队负责人 · Team lead"),
    (
        "Chen Hao",
        "chen.hao",
        ("strategy", "analyst"),
        "年度季度策略 · Yearly and quarterly plans",
    ),
    ("李娜", "li.na", ("content",), "图文与长文 · Articles and image posts"),
    ("Emily Zhang", "emily.zhang", ("content", "operations"), "海外账号 · Overseas accounts"),
    ("张伟", "zhang.wei", ("operations",), "微博、微信 · Weibo and WeChat"),
    ("刘洋", "liu.yang", ("operations", "pr"), "抖音、快手直播 · Douyin and Kuaishou live"),
    ("Sophie Lin", "sophie.lin", ("analyst", "content"), "周报与 KPI · Weekly reports and KPIs"),
    ("赵敏", "zhao.min", ("pr", "strategy"), "舆情监测 · Sentiment monitoring"),
)
LARGE_TEAM_EXTRA = 24

# (hanzi, pinyin): enough for a few hundred distinct names.
SURNAMES = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
    ("郭", "guo"), ("何", "he"), ("林", "lin"), ("高", "gao"), ("罗", "luo"),
)  # fmt: skip
GIVEN_NAMES = (
    ("静", "jing"), ("磊", "lei"), ("婷", "ting"), ("强", "qiang"), ("丽", "li"),
    ("军", "jun"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
    ("超", "chao"), ("霞", "xia"), ("晨", "chen"), ("宇", "yu"), ("欣怡", "xinyi"),
    ("子涵", "zihan"), ("浩然", "haoran"), ("思琪", "siqi"), ("雨萱", "yuxuan"),
    ("梓轩", "zixuan"), ("一诺", "yinuo"), ("佳怡", "jiayi"), ("俊杰", "junjie"),
)  # fmt: skip
ENGLISH_GIVEN = (
    "Kevin", "Grace", "Jason", "Amy", "Tony", "Vivian", "Leo", "Cathy", "Ryan", "Iris",
    "Ben", "Nina", "Eric", "Lily", "Jack", "Mia", "Alan", "Coco", "Sam", "Zoe",
)  # fmt: skip


def person_name(rng: random.Random) -> tuple[str, str]:
    """A name as the team would write it, and an e-mail local part for it.

    Roughly a third use an English given name with the pinyin surname, as colleagues
    who work with overseas accounts often do.
    """
    surname, surname_py = rng.choice(SURNAMES)
    if rng.random() < 0.35:
        given = rng.choice(ENGLISH_GIVEN)
        return f"{given} {surname_py.capitalize()}", f"{given.lower()}.{surname_py}"
    given_zh, given_py = rng.choice(GIVEN_NAMES)
    return surname + given_zh, f"{surname_py}.{given_py}"


# (platform code, handle, display name, active). The small demo takes the first eight;
# they stay on the seven built-in platforms.
ACCOUNTS: tuple[tuple[str, str, str, bool], ...] = (
    ("weibo", "lumio_official", "露米Lumio官方微博", True),
    ("wechat", "lumio_service", "露米官方服务号", True),
    ("douyin", "lumio.official", "露米Lumio官方旗舰店", True),
    ("bilibili", "lumio_bili", "露米Lumio", True),
    ("instagram", "@lumio.global", "Lumio Global", True),
    ("facebook", "LumioOfficial", "Lumio", True),
    ("wechat", "lumio_life", "露米生活订阅号", True),
    ("kuaishou", "lumio_ks", "露米快手官方号", True),
    ("weibo", "lumio_care", "露米客服", True),
    ("douyin", "lumio.live", "露米直播间", True),
    ("xiaohongshu", "lumio_xhs", "露米Lumio", True),
    ("xiaohongshu", "lumio_home", "露米家居日记", True),
    ("instagram", "@lumio.design", "Lumio Design Studio", True),
    ("weibo", "lumio_sh", "露米上海", True),
    ("bilibili", "lumio_lab", "露米实验室", True),
    # Retired accounts stay listed: their history still counts in reports.
    ("facebook", "LumioSEA", "Lumio Southeast Asia", False),
)
SMALL_ACCOUNTS = 8


@dataclass(frozen=True)
class Event:
    """A yearly date in the marketing calendar; ``kind`` picks the goal wording."""

    zh: str
    en: str
    start: tuple[int, int]
    end: tuple[int, int]
    kind: str
    budget_k_yuan: tuple[int, int]


EVENTS: tuple[Event, ...] = (
    Event("年货节", "Chinese New Year Festival", (1, 5), (1, 25), "sales", (150, 400)),
    Event("女神节", "Women's Day", (3, 1), (3, 8), "sales", (50, 150)),
    Event("春季新品发布", "Spring Launch", (3, 15), (4, 15), "launch", (200, 500)),
    Event("品牌周年庆", "Brand Anniversary", (4, 20), (4, 30), "brand", (80, 200)),
    Event("520告白季", "520 Love Day", (5, 10), (5, 20), "brand", (40, 120)),
    Event("618年中大促", "618 Mid-year Sale", (5, 25), (6, 18), "sales", (300, 800)),
    Event("夏日露营季", "Summer Camping Season", (7, 1), (7, 31), "launch", (100, 300)),
    Event("七夕限定", "Qixi Limited Edition", (8, 1), (8, 20), "launch", (60, 180)),
    Event("开学季", "Back to School", (8, 21), (9, 10), "sales", (80, 200)),
    Event("国庆黄金周", "Golden Week", (9, 25), (10, 7), "brand", (100, 250)),
    Event("双十一大促", "Singles' Day", (10, 20), (11, 11), "sales", (500, 1200)),
    Event("黑五海外促销", "Black Friday (overseas)", (11, 20), (11, 30), "overseas", (80, 250)),
    Event("双十二", "Double 12", (12, 1), (12, 12), "sales", (100, 300)),
    Event("圣诞跨年季", "Christmas and New Year", (12, 15), (12, 31), "overseas", (60, 200)),
)


def _en_count(wan: int) -> str:
    """A count given in 万 (ten thousands) the way an English reader writes it."""
    n = wan * 10_000
    return f"{n / 1_000_000:g}M" if n >= 1_000_000 else f"{n // 1000}k"


def goal_text(kind: str, rng: random.Random) -> str:
    """A measurable goal in Chinese and English, with the same figures in both."""
    if kind == "sales":
        growth, conversion = rng.randint(15, 45), rng.randint(18, 45) / 10
        return (
            f"GMV 同比增长 {growth}%，转化率达到 {conversion:.1f}%\n"
            f"GMV up {growth}% year on year; conversion rate {conversion:.1f}%"
        )
    if kind == "launch":
        reads, fans = rng.randint(10, 60) * 10, rng.randint(2, 12)
        return (
            f"新品话题阅读量 {reads} 万，新增粉丝 {fans} 万\n"
            f"{_en_count(reads)} topic reads; {_en_count(fans)} new followers"
        )
    if kind == "brand":
        engagements, positive = rng.randint(5, 40), rng.randint(80, 92)
        return (
            f"转发评论点赞 {engagements} 万，正面声量占比不低于 {positive}%\n"
            f"{_en_count(engagements)} reposts, comments and likes; "
            f"at least {positive}% positive share of voice"
        )
    fans, rate = rng.randint(1, 8), rng.randint(25, 60) / 10
    return (
        f"海外账号新增粉丝 {fans} 万，互动率 {rate:.1f}%\n"
        f"{_en_count(fans)} new followers on overseas accounts; {rate:.1f}% engagement rate"
    )
