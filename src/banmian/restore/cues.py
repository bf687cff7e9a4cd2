"""Printed cues, as data (the way trafilatura keeps xpaths apart from logic).

Everything here is a pattern a typesetter prints; the code that uses them lives in
the restore modules.
"""
from __future__ import annotations

import re

# Characters that end a sentence (a block ending in one may end its paragraph).
SENTENCE_END = "。！？!?…；;"
# Closing marks that may follow a sentence end: `……。”` `。）`.
CLOSERS = "”’」』）)》〉】\"'"
OPEN_QUOTES = "“‘「『（(《〈【"
CLOSE_FOR = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "〈": "〉", "【": "】"}

# The header of a decree printed under its title (`中华人民共和国国务院令` / `第837号`): the
# decree's first body lines (all 20 such corpus lines under another headline are paragraphs).
ORDER_HEADER = re.compile(r"中华人民共和国\S{1,8}令")


# A commentary may close with a verse under `这正是：`: four short lines, each printed as
# a paragraph of its own (see verse_lines).
VERSE_CUES = ("这正是：", "正是：")
VERSE_LINES = 4
VERSE_MAX_CHARS = 12  # seven characters and a stop; a longer line is prose again


def verse_lines(texts: list[str]) -> list[int]:
    """The cue `这正是：` and the short lines of the verse under it (`琳琅新品供给旺，` /
    `产销互促循环畅。`…): a commentary's closing rhyme, four lines each printed as a
    paragraph (all 125 in the corpus), which the seam model would pair at their commas."""
    out = []
    for k, text in enumerate(texts):
        if text.endswith(VERSE_CUES):
            out.append(k)
            for m in range(k + 1, min(k + 1 + VERSE_LINES, len(texts))):
                if len(texts[m]) > VERSE_MAX_CHARS:
                    break
                out.append(m)
    return out


_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(text: str) -> int | None:
    """Read a page number written in Arabic or Chinese digits (`04`, `四`, `十二`, `二十`)."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch not in "十百" for ch in text):
        return None
    if "百" in text:
        head, _, rest = text.partition("百")
        hundreds = _CN_DIGITS.get(head, 1) if head else 1
        tail = cn_number(rest.lstrip("零〇")) if rest else 0
        return None if tail is None else hundreds * 100 + tail
    if "十" in text:
        head, _, rest = text.partition("十")
        tens = _CN_DIGITS.get(head) if head else 1
        ones = _CN_DIGITS.get(rest) if rest else 0
        return None if tens is None or ones is None else tens * 10 + ones
    if len(text) == 1:
        return _CN_DIGITS[text]
    # digit by digit: 〇四 -> 4
    value = 0
    for ch in text:
        value = value * 10 + _CN_DIGITS[ch]
    return value


_PAGE_NO = r"(?P<page>[0-9０-９]{1,3}|[〇零一二两三四五六七八九十百]{1,4})"
# (下转04版) （下转第四版） (转第3版) 转3版 / (上接01版) （紧接第一版） （接第2版）; papers with
# lettered sections print `（下转A4版）`, and some number the jumping article (`（下转第四版①）`)
_JUMP = re.compile(
    r"^[\s(（\[【]*"
    r"(?P<verb>下转|转|续|上接|紧接|接|承)"
    r"\s*第?\s*[A-DＡ-Ｄ]?" + _PAGE_NO + r"\s*(?:版|页|面)[①-⑳]?"
    r"[\s)）\]】]*$"
)
_VERB_DIRECTION = {"下转": "to", "转": "to", "续": "to", "上接": "from", "紧接": "from", "接": "from", "承": "from"}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def parse_jump(text: str) -> tuple[str, int] | None:
    """Read a jump marker: ``("to", 4)`` for `(下转04版)`, ``("from", 1)`` for `（紧接第一版）`.

    Returns None when ``text`` is not a jump marker on its own.
    """
    if len(text) > 20:
        return None
    m = _JUMP.match(text)
    if not m:
        return None
    page = cn_number(m.group("page").translate(_FULLWIDTH))
    if page is None:
        return None
    return _VERB_DIRECTION[m.group("verb")], page


# A jump marker printed at the end of a body block: `…推进。（下转第四版）`
# or, unbracketed, after a space: `…作了哪些规定？ 转第11版`, or glued to the text with a
# page number (`…堤内园林转第13版`: no corpus paragraph holds `转第N版`).
TRAILING_JUMP = re.compile(r"(?:[(（][^()（）]{1,12}[)）]|(?<=\s)(?:下转|转)\s*第?\s*\S{1,4}\s*版"
                           r"|(?:下转|转)第?[0-9０-９一二三四五六七八九十]{1,3}版)\s*$")

# --- block roles fixed by their printed form -------------------------------------------

# Ornaments printed before bylines and labels: `□本报记者 张三`, `■记者手记`.
ORNAMENTS = "□■◆◇●○▲△★☆◎※"

# Section names printed at the top of a page (only furniture near the page edges).
PAGE_NAMES = frozenset(
    "要闻 国际 评论 副刊 经济 社会 文化 体育 理论 视点 综合 地方 政治 科技 教育 健康 生态 法治 民生 党建 "
    "读者来信 新农村 深度 观点 学术 人文 旅游 专版 广告 时评 国内 财经 产经 环球 特别报道 "
    # and the corpus's other page names (公告, 文件 and 专题 left out: they also head articles)
    "各地传真 文化遗产 假日生活 消费 民主政治 科技·新知 国际副刊 记者调查 视觉 国防 新青年 绿色 港澳台侨".split()
)
# A line of a table of contents (`导读`): a section's page name or the page it is on (`第九版`).
PAGE_ENTRY = re.compile(r"^第[0-9０-９一二三四五六七八九十]{1,3}版$|^(?:" + "|".join(sorted(PAGE_NAMES)) + r")$")
# Page names that also head articles: furniture only as the page's first or last line,
# next to other furniture (a headline there would have no body).
HEADING_PAGE_NAMES = frozenset("公告 文件 专题".split())

# Page furniture: printed by the page, not by any article.
_DATE = r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
_PRINTED_PAGE = r"(?:第\s*[A-DＡ-Ｄ]?[0-9０-９一二三四五六七八九十]{1,3}\s*版|[A-DＡ-Ｄ]?[0-9０-９]{1,2}\s*版)"
# what an e-paper's web page prints around the text (`放大 缩小 默认`, `上一版  下一版`)
_READER_CONTROLS = r"(?:版面导航|版面概览|上一版|下一版|上一篇|下一篇|返回目录|返回首页|放大|缩小|默认|打印本页|关闭窗口|本版新闻)"
_PAGE_NAME = "|".join(sorted(PAGE_NAMES))
FURNITURE = (
    re.compile(rf"^{_DATE}\s*(?:星期|周)[一二三四五六日天](?:\s.*)?$"),
    re.compile(rf"^(?:(?:{_PAGE_NAME})\s*)?{_PRINTED_PAGE}(?:\s*[:：|｜]?\s*\S{{0,8}})?$"),
    re.compile(r"^(?:本版)?(?:责编|责任编辑)\s*[:：]|^本版责编[\s\u3000]+\S"),
    re.compile(r"^(?:人\s*民\s*日\s*报|PEOPLE'S DAILY|RENMIN RIBAO|人民日报海外版)$", re.I),
    # a running head as PDF extraction prints it: paper, date and page on one line
    # (`民生日报  2024年3月16日  第3版`, `2024年3月16日 星期六 第3版 要闻`, `人民日报 2024-03-15 星期五`)
    re.compile(rf"^(?![（(《])(?=[^，。；！？]{{0,40}}$)(?=.*{_DATE})(?=.*(?:{_PRINTED_PAGE}|星期[一二三四五六日天]))"),
    # the source line of a newspaper's web edition: `《 人民日报 》（ 2024年03月15日 第 01 版）`
    re.compile(rf"^《\s*\S{{2,10}}报\S{{0,4}}\s*》\s*[（(]\s*{_DATE}\s*{_PRINTED_PAGE}\s*[)）]$"),
    re.compile(rf"^{_READER_CONTROLS}(?:[\s|｜/]+{_READER_CONTROLS})*$"),
    # the paper's registration numbers (`国内统一连续出版物号 CN 11-0065`, `邮发代号1-1`)
    re.compile(r"^(?:国内统一连续出版物号|国际标准连续出版物号|邮发代号)|^CN\s*\d{2}-\d{4}"),
    # what a scraped article page prints around the text: its source and time, the site's
    # controls and rights notice, the web editor (`2024年03月15日08:41 | 来源：人民网－人民日报`,
    # `【字号 大 中 小】`, `分享到：`, `（责编：王小二、李四）`, `人民网版权所有，未经书面授权禁止使用`)
    # (a source without a time or a website, `来源：人民日报、新华社`, may close a compiled article)
    re.compile(rf"^{_DATE}\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*[|｜]?\s*来源[:：]\s*[^，。；！？]{{2,24}}$"
               r"|^来源[:：]\s*[^，。；！？]{0,12}网[^，。；！？]{0,12}$"),
    re.compile(r"^【?字号[:：]?\s*大\s*中\s*小】?$|^分享到[:：]?|^点击播放视频$|^\S{0,8}版权所有[，,]"
               r"|^[（(]责编[:：][^（）()]{1,30}[)）]$"),
)
# All of them as one expression, so a page of hundreds of lines (a hard-wrapped one) tries
# each line once rather than once a pattern.
_ANY_FURNITURE = re.compile("|".join(f"(?{'i' if p.flags & re.I else ''}:{p.pattern})" for p in FURNITURE))


def furniture_line(text: str) -> bool:
    """Is ``text`` page furniture by its own form (a date line, a page name and number,
    the editors, the masthead, a web edition's controls; see FURNITURE)?"""
    return _ANY_FURNITURE.match(text) is not None

BYLINE = re.compile(
    r"^(?:(?:本报|新华社|人民网|中新社|央视|经济日报|光明日报|\S{1,8}日报|\S{1,6}报)?"
    r"(?:特约|驻\S{1,6})?(?:记者|通讯员|评论员|特派记者|实习生|见习记者|撰稿人)"
    r"|本报评论部|本报调研组|本报联合调研组|(?:本期)?主讲人[:：]|口述[:：]|文/|文[:：]|图/|图[:：]"
    # other papers' and sites' forms (none in the corpus): `作者：某某`, `撰文：某某`, `文·图/某某`
    r"|(?:作者|撰文|撰稿)[:：]\s*[\u4e00-\u9fff]|(?:文·图|图·文|文图)\s*[/:：])"
)
# Characters that set words apart on a line: typesetters pad with ideographic spaces,
# e-paper exports with ASCII spaces or tabs, web pages with no-break spaces (`&nbsp;`).
SPACES = " \t\u3000\u00a0"


def spaced(text: str) -> bool:
    """Does ``text`` hold a space of any kind (a padded name, a headline's two parts)?"""
    return any(ch in text for ch in SPACES)


# A byline of names alone, padded as typesetters pad two-character names: `杨  果`, `刘新吾  王  嫚`.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
NAMES_ONLY = re.compile(rf"^[\u4e00-\u9fff]{{1,3}}(?:[{SPACES}]+[\u4e00-\u9fff]{{1,3}}){{1,5}}$")

# `（某某参与采写）`, `（本报记者 某某）`, `版式设计：某某`, `制图：某某`, `本期统筹：某某`, `（作者为…）`
CREDIT = re.compile(
    r"^(?:[（(][^（）()]{0,40}(?:参与采写|参与报道|供稿|整理|执笔|报道|采写|摄|电|作者为[^（）()]*|作者单位[^（）()]*)[)）]$"
    r"|[（(](?:作者|综合|据|本报记者|记者|新华社|文/|来源)[^（）()]{1,150}[)）]$"
    r"|(?:本版)?(?:版式设计|制图|图表制作|设计|数据来源|资料来源|图片来源)\s*[:：　 ]"
    r"|(?:本版|本期)?(?:统筹|融媒制作)\s*[:：]"
    r"|(?:本报|新华社)[^，。]{0,12}电$)"
)
# The page's layout credit closes the feature it stands under: of 884 such lines in the
# corpus, 846 are an article's last paragraph and the rest lead only to a call for
# contributions (`征稿邮箱：…`).
LAYOUT_CREDIT = re.compile(r"^(?:本版)?(?:版式设计|版面设计|制图)\s*[:：]")
# The credit of a cartoon with a rhyme (`图片报道` … `这正是：` …): artist and writer,
# each name followed by 图 or 文: `徐  之文`, `曹  一图  何  希文`, `曹希阳图  于  石文`. A
# two-character name is padded as in bylines; an unpadded name needs a partner (`翟钦奇文`
# alone could be any word). In the corpus all 129 such lines close their article.
_PADDED_NAME = rf"[\u4e00-\u9fff][{SPACES}]+[\u4e00-\u9fff]"
_CREDITED_NAME = rf"(?:{_PADDED_NAME}|[\u4e00-\u9fff]{{2,3}})[图文]"
# The end of a line that credits who wrote a piece down (`本报记者 某某整理`, `…采访整理`).
COMPILED = ("整理",)
ARTIST_CREDIT = re.compile(rf"^(?:{_PADDED_NAME}[图文]|{_CREDITED_NAME}(?:[{SPACES}]+{_CREDITED_NAME}){{1,2}})\s*$")
# A photographer's credit (`本报记者 某某摄`, `某某摄（人民视觉）`, `新华社发`).
PHOTO_CREDIT = re.compile(r"(?:摄(?:影)?(?:报道)?(?:[（(][^）)]*[)）])?|新华社发|供图)$")
CAPTION = re.compile(rf"(?:^图[为①②③④⑤⑥]|^上图|^下图|^左图|^右图|{PHOTO_CREDIT.pattern}|视觉中国$)")
SUBTITLE_DASH = re.compile(r"^(?:——|──|—|--)\s*\S")
# The dateline that opens a first paragraph: `本报北京5月3日电`, `新华社北京5月3日电`.
DATELINE = re.compile(
    r"^(?:据)?(?:本报|新华社|人民网|中新社|中新网|央视网|\S{1,8}日报|\S{1,6}社)\S{0,14}?"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:讯|电)"
    # other papers open a lead with `本报讯` and no date (`本报讯（记者 某某）…`; not in the corpus)
    r"|^(?:本报|\S{1,8}日报|\S{1,6}晚报)讯(?=[\s（(]|$)"
)


def opens_with_dateline(text: str) -> bool:
    """Does ``text`` open with a dateline (not the bracketed one that closes wire copy,
    `（新华社北京5月27日电）`)?"""
    return bool(DATELINE.match(text)) and text[:1] not in "（("


# Labels printed inside an article (lead summaries, notes, sidebars): a paragraph of the
# article, never a headline.
LABELS = frozenset(
    "核心阅读 头条看点 编者的话 记者手记 延伸阅读 链接 相关链接 开栏的话 结束语 内容提要 "
    "图片说明： 这正是： 点评 【点评】 背景 小贴士 短评 评论员观察 新闻链接 数据来源 专家观点 案例 案例链接".split()
)
# Contact lines for readers: `选题线索来信邮箱：…@…`, `本版邮箱：…`, `电子信箱：…`. They are
# credits of the article they are printed in, not page furniture: the corpus keeps 125
# of them in articles, 96 right under a column's title.
CONTACT = re.compile(r"(?:邮箱|信箱|邮件|热线|电话)[:：]|@[A-Za-z0-9-]+\.[A-Za-z]")
# A column name in brackets closing a headline: `（深入学习贯彻…·城市工作论坛）`.
COLUMN_TAG = re.compile(r"[（(][^（）()]{1,60}[）)]$")
# The date under a signature, alone on its line: `2026年4月30日`, `二〇二六年五月二十日于北京`.
SIGNATURE_DATE = re.compile(
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:于\S{1,8})?"
)
# A second headline line that reports who attended or spoke (`王沪宁出席并讲话`) is the
# title's subtitle, not the title under a kicker: in the corpus, 200 of 231 such second
# lines are subtitles, while other second lines are titles under a kicker 8 times in 9.
SUBTITLE_VERBS = re.compile(r"出席|主持|讲话|会见|会谈|致辞|致信|宣读|参加|颁发|作报告|签署|通话|发表|表示|指出|强调")
