"""The words of the demo inbox: what Lumio's followers write, in Chinese and English.

Plain data (a marketer can review it in one place). Each sentence is labelled with the
sentiment a person would give it, so the demo does not need the classifier for a
million rows. ``{p}`` is a product, ``{n}`` a number.
"""

from __future__ import annotations

PRODUCTS_ZH = ("露米香薰灯", "露营灯", "小夜灯", "智能台灯", "香薰蜡烛", "氛围灯带", "充电小风扇")
PRODUCTS_EN = ("aroma lamp", "camping lantern", "night light", "desk lamp", "scented candle")

ZH: dict[str, tuple[str, ...]] = {
    "positive": (
        "{p}收到了，做工很精致，好评！",
        "已经回购第{n}次了，{p}真的好用",
        "客服小姐姐态度超好，点赞",
        "物流好快，昨天下单今天就到了",
        "颜值很高，送朋友很有面子",
        "这个{p}光线很柔和，晚上看书很舒服",
        "包装很用心，还有手写卡片，感动",
        "直播间价格很划算，已下单",
        "用了一个月了，质量没问题，推荐",
        "设计太好看了，{p}放在卧室氛围感拉满",
    ),
    "neutral": (
        "{p}有没有白色款？",
        "请问什么时候发货？",
        "这个和上一代有什么区别",
        "在吗？想咨询一下{p}的尺寸",
        "双十一会有活动吗",
        "可以开发票吗",
        "{p}支持快充吗？",
        "订单号{n}，麻烦查一下物流",
        "链接在哪里买",
        "请问保修多久",
    ),
    "negative": (
        "{p}用了两天就坏了，太失望了",
        "等了{n}天还没发货，怎么回事？",
        "客服一直不回复，体验很差",
        "收到的{p}有划痕，要求换货",
        "和宣传的完全不一样，差评",
        "充不进电，质量太差了",
        "售后申请提交了{n}天都没人处理",
        "包装破损，里面的{p}也摔坏了",
    ),
}
EN: dict[str, tuple[str, ...]] = {
    "positive": (
        "Love my new {p}, the light is so warm!",
        "Fast shipping and great packaging, thank you",
        "Bought {n} of these as gifts, everyone loved them",
        "Customer service sorted my issue in minutes. Amazing",
        "The {p} looks even better in person",
        "Best purchase this year, highly recommend",
    ),
    "neutral": (
        "Do you ship to Canada?",
        "Is the {p} available in white?",
        "When is the next restock?",
        "What's the battery life of the {p}?",
        "Can I change the address on order {n}?",
        "Any discount codes for Black Friday?",
    ),
    "negative": (
        "My {p} stopped working after {n} days",
        "Still waiting for my order after {n} days, no reply",
        "Arrived broken. Very disappointed",
        "The colour is nothing like the photos",
        "Requested a refund two weeks ago and heard nothing",
    ),
}

# The crisis episode: a batch of the scented candle overheating, in one afternoon.
CRISIS_ZH = (
    "露米香薰蜡烛烧着烧着杯子炸裂了！太危险了",
    "我家的香薰蜡烛也是，玻璃杯裂了，差点烫伤孩子",
    "同款蜡烛，同一批次，杯子发烫变形，要求退款",
    "已经向12315投诉了，露米必须给个说法",
    "这么严重的质量问题不召回吗？准备找媒体曝光",
    "买了三个全都有问题，维权到底",
    "官方到现在还没回应，是想拖过去吗",
    "看到好多人都遇到了，还敢买露米吗",
    "香薰蜡烛安全隐患，大家别买了",
    "客服说是个例？这么多人都是个例？",
    "要求全额退款并赔偿，不然就曝光",
    "批次号LM2311的蜡烛有问题，大家注意",
)

FIRST_NAMES_ZH = (
    "小红", "阿强", "小鱼儿", "晴天", "木子李", "糖糖", "大白", "橙子", "Momo", "阿杰",
    "星星", "小熊", "豆豆", "一只猫", "路人甲", "小雨", "花花", "老王", "Lucky", "奶茶",
)  # fmt: skip
FIRST_NAMES_EN = (
    "Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Sofia", "Mason",
)  # fmt: skip

REPLIES_ZH = {
    "positive": "谢谢亲的支持，露米会继续努力！",
    "neutral": "您好，已为您查询，请留意私信～",
    "negative": "非常抱歉给您带来不好的体验，已私信您处理，请查收。",
}
REPLIES_EN = {
    "positive": "Thank you so much for the kind words!",
    "neutral": "Hi! We've sent you a DM with the details.",
    "negative": "We're so sorry about this. We've sent you a DM to put it right.",
}

# Saved replies the demo team keeps: (name, English, Chinese, tags)
TEMPLATES = (
    (
        "Thanks for the praise",
        "Thank you, {author}! We're glad you love it. — {account}",
        "谢谢{author}的喜欢！露米会继续努力～",
        (),
    ),
    (
        "Shipping delay",
        "Hi {author}, sorry for the wait. We've checked your order and sent you a DM.",
        "{author}您好，抱歉让您久等了，已为您催促仓库，详情请看私信。",
        ("物流",),
    ),
    (
        "Quality problem",
        "Hi {author}, we're sorry. Please DM us your order number and we'll replace it.",
        "{author}您好，非常抱歉！请私信我们订单号，我们会为您换新。",
        ("质量",),
    ),
)
# Keyword rules: (name, keywords, add tag, priority, alert)
RULES = (
    ("物流", ("发货", "物流", "shipping", "order"), "物流", None, False),
    ("质量问题", ("坏了", "破损", "划痕", "broken", "stopped working"), "质量", 2, False),
    ("危机词", ("投诉", "曝光", "维权", "12315", "媒体"), "危机", 3, True),
)
