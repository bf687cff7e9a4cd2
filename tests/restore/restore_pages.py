"""Sentences and headlines written for the tests (not corpus text), and a small page maker."""
from __future__ import annotations

TITLES = [
    "稳住增长势头 加快转型升级",
    "小城故事多",
    "春耕备耕有序推进",
    "社区食堂办到家门口",
    "老街新韵",
    "一季度外贸开局良好",
]
SENTENCES = [
    "今年以来，全市工业经济稳中有进，规模以上工业增加值同比增长6.2%。",
    "市工信局将重点推进产业链延链补链强链，力争明年突破1000亿元。",
    "“我们要把握机遇，乘势而上。”王某某说。",
    "下一步将加快推进重点项目建设，全年计划实施项目120个以上。",
    "这座小城的变化，大家有目共睹。",
    "街道变宽了，绿地变多了，居民的笑容也多了。",
    "眼下正值春耕备耕的关键时节，田间地头一派繁忙景象。",
    "全镇计划种植水稻3.2万亩，比去年增加1500亩。",
    "去年以来，城区建成社区食堂45家，日均就餐人数超过6000人次。",
    "一荤一素一汤的套餐售价12元，老年人凭卡还可享受每餐3元的补贴。",
    "青石板路两侧的老房子修缮一新，游客络绎不绝。",
    "前两个月，货物贸易进出口总值达到186.3亿元，同比增长12.7%。",
    "海关有关负责人表示，将继续优化通关流程，支持企业稳订单、拓市场。",
    "为了让古城重焕生机，当地坚持“修旧如旧”的原则，制定一户一策的修缮方案。",
]
BYLINES = ["本报记者 张  三", "本报记者 李四", "本报记者  王  五"]
# A news roundup whose items are printed indented, as paragraphs are, each after the
# credit of the one before.
ROUNDUP = ("资讯速递\n\n"
           "　　某市地铁3号线东延段通车\n\n"
           "　　本报电  日前，历经三年多时间建成的某市地铁3号线东延段正式通车，沿线居民出行更加便捷。\n\n"
           "　　（刘志强）\n\n"
           "　　智能制造论坛在深圳举行\n\n"
           "　　本报电  日前，智能制造论坛在深圳举行，与会企业围绕数字化转型开展交流，签约项目十余个。\n\n"
           "　　（韩  鑫）\n")


def clean_article(title: str, byline: str | None, paragraphs: list[str]) -> str:
    parts = [title] + ([byline] if byline else []) + paragraphs
    return "\n\n".join(parts) + "\n"


def wrapped(paragraph: str, width: int, indent: str = "") -> list[str]:
    """The printed lines of a paragraph in a column ``width`` characters wide (the first
    line shorter by its indent; closing punctuation hangs at the end of a line)."""
    lines, start, room = [], 0, width - len(indent)
    while start + room < len(paragraph):
        cut = start + room
        while cut < len(paragraph) and paragraph[cut] in "，。、；：？！”’）》":
            cut += 1
        lines.append(paragraph[start:cut])
        start, room = cut, width
    lines.append(paragraph[start:])
    return [indent + lines[0], *lines[1:]] if lines[0] else lines


def wrapped_article(title: str, byline: str | None, paragraphs: list[str], width: int, indent: str = "") -> str:
    """An article as PDF-to-text tools extract it: one printed line per line of text."""
    lines = [title] + ([byline] if byline else [])
    for para in paragraphs:
        lines.extend(wrapped(para, width, indent))
    return "\n".join(lines) + "\n"


def joined_lines(text: str, headline_p=lambda texts: [0.1] * len(texts)):
    """The blocks of a hard-wrapped ``text`` after its printed lines are joined, as the
    pipeline joins them (``headline_p``: the line model's P(headline) per line)."""
    from banmian.pages.blocks import split_blocks
    from banmian.restore.roles import assign_fixed_roles
    from banmian.restore.wrapped import join_wrapped_lines

    blocks = split_blocks(text)
    assign_fixed_roles(blocks)
    return join_wrapped_lines(text, blocks, headline_p)[0]
