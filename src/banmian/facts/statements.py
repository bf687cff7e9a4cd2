"""Statements: targets, observations and tasks, built from quantities and time references.

Every quantity that measures something becomes at most one statement, decided inside
its sentence by a cascade (each step only engaging if the previous did not decide):

1. a change figure right after a level figure (``…766.02亿元，同比增长35.47%``) is the
   *change* of that observation, not a statement of its own;
2. a modality cue before the quantity (确保 力争 争取 预计 计划 目标 将 要 拟 有望) makes
   a *target*, except ``预计`` about a period that has ended or ends this year, which is a
   *forecast observation*;
3. a future deadline introduced by 到/至 (``到2025年，…达到…``) makes a target without modality;
4. a sentence piece that continues a target (after ``；``, or a ``其中`` breakdown) is a target too;
5. a period (in the sentence, else the last one of the paragraph) or a year-on-year basis
   makes an *observation* (actual) -- unless the period ends in a later year than the issue,
   which makes the figure part of a plan (a target without modality).

Not statements: gaps between two levels (``…58.6%，比上年末高1.3个百分点``), counts of
things already named (``在这70部作品中``), figures that state a rule rather than report one
(a format ``15局8胜制``, a limit ``最多可被处以…``, ``每场至少4名…``; a rate paid on a basis
``缴纳…工资收入的0.15%``), counts in a locative phrase (``在12个项目的比赛中``) and the places
participants come from (``来自40多个国家的800名代表``: the 800 is the figure).

Tasks are ``要/必须/着力`` + a verb of work (推动, 推进, 加快…) up to the clause end.
"""
from __future__ import annotations

import re
from datetime import date

from .cues import TARGET_MODALITIES, TASK_VERBS, alternation
from .modality import closes_list, counts_places, habitual, inside_noun_phrase, jiang_is_noun, jihua_is_noun

__all__ = ["find_statements"]

_SENT = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")
_MODAL = re.compile(alternation(TARGET_MODALITIES))
_YAO_BAD_BEFORE = set("主重需只必纲摘首紧想提概扼都")  # 100%都要抽: a rule for every case, not a plan
_YAO_BAD_AFTER = ("求", "素", "点", "闻", "害", "件", "是", "领")
_JIANG_BAD_AFTER = ("近", "军", "领", "士")
_JIANG_BAD_BEFORE = set("即")  # 即将 stays future, but 将 alone is the cue; both accepted below
# what links a change to the level before it: 同比增长, 比上年提高, 同比多增 (a change of a change), 与2018年相比增幅,
# and a record between them (超过5000项，创历史新高，较2024年增长6.4%)
_CHANGE_LINK = re.compile(r"^(?:[^，。；、（(]{1,12}[，,](?=同比|环比|比|较|与))?[，,、]?(?:其中[，,]?)?(?:创[^，。；]{1,8}[，,])?(?:资产总额|总额|总量)?"
                          r"(?:同比|环比|(?:比|较)[^，。；]{1,12}?|与[^，。；]{1,10}?相比)?(?:大幅|明显|稳步|分别|均|也|又|再|累计)?"
                          r"(?:增长|增加|提高|上升|下降|减少|降低|回落|提升|增幅|降幅|涨幅|多增|少增|多减|少减|增|降"
                          r"|(?<=[^，。；]{2})[高低多少快慢])了?(?:约|近|为|达)?$")
_METRIC_TAIL = re.compile(r"(?:同比|环比)?(?:分别)?(?:已经|已|将|要|共|累计|预计)?(?:达到|达|实现|完成|突破|超过|增长到|增长至|增至|增长|增加到|增加|提高到|提高至|提高|提升到|提升至|提升|下降到|下降至|下降|降低到|降低|减少|控制在|保持在|稳定在|为|是|有|占|超|逾|近|约|在|共|累计|新增|净增|至|到|了)+$")
_METRIC_HEAD = re.compile(r"^(?:前|底|以来|期间|内|其中|同时|此外|另外|目前|截至目前|全年|今年|当年|力争|确保|争取|预计|计划|目标是|目标为|将|要|使|让|推动|实现|带动|完成|全市|全区|全省|全县|全国|我市|我区|我省|我县|，|、|的)+")
_OWNER_WORDS = re.compile(r"全市|全区|全省|全县|全国|我市|我区|我省|我县|全镇|全州")
_TO_BEFORE = re.compile(r"(?:到|至|截至|截止到|截止|在)$")
_TASK = re.compile(rf"(?P<head>要|必须|着力|将|坚持)(?P<verb>{alternation(TASK_VERBS)})(?P<body>[^。；！？，]*(?:，[^。；！？，]*)?)")


def _metric(sent: str, lo: int, hi: int) -> tuple[int, int]:
    """The metric's offsets inside ``sent`` between ``lo`` and the quantity at ``hi``."""
    seg = sent[lo:hi]
    k = max(seg.rfind("，"), seg.rfind("：") , seg.rfind(","))
    if k >= 0 and len(seg) - k > 2:
        lo, seg = lo + k + 1, seg[k + 1:]
    t = _METRIC_TAIL.search(seg)
    if t:
        seg = seg[: t.start()]
    h = _METRIC_HEAD.match(seg)
    if h:
        lo, seg = lo + h.end(), seg[h.end():]
    t = _BUILD_TAIL.search(seg)
    if t:
        seg = seg[: t.start()]
    return lo, lo + len(seg)


_BUILD_TAIL = re.compile(r"(?:建成|建设|培育|打造|新建|形成|引进|落地|开工|实施|推动|带动|吸引|新增|招引|举办|开展|创建|认定|累计|共|已|了)+$")
_AFTER = re.compile(r"[^，。；！？、,;!?]{1,16}")


def _metric_after(sent: str, pos: int) -> tuple[int, int]:
    """When nothing before the figure names it (建成5个以上产业集群), the noun after it does."""
    m = _AFTER.match(sent, pos)
    if not m:
        return pos, pos
    return m.start(), m.end()


def _period_view(t: dict | None) -> dict | None:
    if t is None:
        return None
    return {"text": t["text"], "from": t["from"], "to": t["to"], "rule": t["rule"], "spans": [[t["start"], t["end"]]]}


_THRESHOLD_NEXT = re.compile(r"[^，。；、（(）)]{0,4}?\d(?![\dA-Za-z])|[^，。；、（(）)]{0,4}?\d+(?:\.\d+)?(?![\dA-Za-z.])")  # 50亿元以上项目3个: a category, then its count
_REPORT_TITLE_AFTER = re.compile(r"》(?:显示|表明|指出)")
_PRESENT = re.compile(r"目前|截至目前|截止目前|当前|如今|现有|眼下|最新")
_VAGUE_SPAN = re.compile(r"近[一二两三四五六七八九十\d]+年|近年来|多年来|历年|往年|长期以来|这些年|之后|此后|以来|之初|此前|以前|当初"
                         r"|[一二两三四五六七八九十百\d]+多?年来")  # 60年来, 三年来: a span with no start date
_LABEL_AFTER = re.compile(r"第[一二三四五六七八九十\d]+[批次届期]")  # 2021年第三批: a name, not a period
_COMPARE_BEFORE = re.compile(r"(?:比|较|与|同|是|相比|超过|占)$")  # 占全年计划任务的N%: a base
_BA = ("其", "该", "这", "此", "原", "所有", "相关", "各", "全部", "一", "两", "第")  # 将第五批N颗卫星送入…: an ordinal object
# ages, multiples and durations describe, they do not report a figure of a metric
_NO_OBSERVATION_UNITS = {"周岁", "岁", "倍", "级", "天", "小时", "分钟", "秒", "周", "个月"}
_BA_VERBS = re.compile(r"纳入|列入|作为|视为|转化为|变为|列为|确定为|打造成|建成")
# verbs of result that follow the object of a disposal 将 (将[object]划分成…): only after an object of 2+ characters
_BA_RESULT = re.compile(r"设定在|确定在|划分成|划分为|分成|下调为|下调至|上调为|上调至|调整为|设定为|设为|改为|定为|偷走|拿走|抢走|带走|"
                        r"移送|移交|交由|交给|划入|并入|归入|写入|通报|曝光|退还|返还|压缩|予以|合并|整合")
_DATELINE = re.compile(r"电\s*[（(]|电\s")
# a disposal 将 whose object changes by a printed amount (将航道水深由6米提升至8米, 将起付线降低50%): a measure, not a forecast
_BA_CHANGE = re.compile(r"(?!进一步|持续|继续|大幅|有效|逐步|全面|再|力争|努力|明显|显著|分别|比|较|同比|年均|平均|每年|"
                        r"稳步|快速|逐年|有望|可能|可以|能够|也|还|都|会|基本)"
                        r"[\u4e00-\u9fff“”]{2,16}?(?:由[^，。；]{1,12}?(?:提升|提高|降低|增加|减少|下降|扩大|缩短)(?:至|到|为)|"
                        r"(?:降低|下调|上调|压缩|缩短)(?:到|至)?约?\d|"
                        # 将瓷胎中石英含量提升至N: the object is a noun phrase with a place word (中/内) or a 的
                        r"[^，。；]*?[中内的][\u4e00-\u9fff]{1,8}(?:提升|提高|降低|增加|减少|扩大|缩短)(?:至|到))")
_BA_FROM = re.compile(r"(?<![已经均都并曾])将(?!进一步|持续|继续|大幅|有效|逐步|全面|再|力争|努力)[\u4e00-\u9fff“”]{2,16}?(?:由|从)[^，。；]{0,20}$")
# 2026年…新增就业预期目标N: a goal of a future period; 第一个目标，是走遍…的100个村子: the goal's object before the figure
_GOAL_BEFORE = re.compile(r"目标(?:值)?(?:为|是|达到)?$|目标(?:值)?[，,]?(?:为|是)[^，。；、\d]{1,8}$"
                          # 目标规模为100亿元: the goal's measure between; 今年通胀预期为3.4%: an expected level of a period
                          r"|目标(?:规模|总额|总量|数量|金额)(?:为|是|达到|达)$|(?<![的和与])预期(?:值)?(?:为|是)$")
# 目标是将吸烟者的数量在5年内减少10％，10年内减少20％: a goal stated as a disposal, a target with no modality
_GOAL_DISPOSAL = re.compile(r"目标(?:是|为)将[^。；]{1,36}$")
# 争取国家资金N万元: funds obtained (a report), not a target
_OBTAINED_AFTER = re.compile(r"(?:到|了)?(?:国家|中央|省级|省|市级|上级|各级|各类|专项|社会)?[\u4e00-\u9fff]{0,4}?(?:资金|项目资金|投资|补助|支持资金|任务|指标)")
# 按个人缴费额的65%给予补贴: a rate of a basis, not a figure
_BASIS_BEFORE = re.compile(r"按(?:照)?[^，。；]{1,15}的$")


# 获贷率58.6%，比上年末高1.3个百分点: the gap between two levels, printed after one of them
_DIFFERENCE = re.compile(r"(?:(?:比|较|与)[^，。；,]{1,16}?(?:高|低|快|慢|加快|放缓|扩大|收窄|提高|提升|下降|增加|减少|回落|相差)"
                         r"|(?:高出|低于|高于|快于|慢于)[^，。；,]{1,16}?)了?(?:约|近)?$")  # 高出同期…增速1.7个百分点


# a count behind a determiner refers back to things already named (在这70部作品中, 上述6项, 其余13种药品,
# 由16名工匠组成, 该镇6位书记): it describes them, it reports no figure
_DESCRIPTOR_BEFORE = re.compile(r"(?:这|那|这些|上述|其余|该[\u4e00-\u9fff]?)$")
_COUNT_UNITS = set("个位名家种部项件所座条只人户批类处支套台辆")


# a size printed as an attribute of a thing (面积500亩的基地, 一条650米长、3米宽的步道): a description, not a report
_ATTRIBUTE_BEFORE = re.compile(r"(?:面积|占地|长度|宽度|高度|深度|直径|全长|总长|容量|容积|排量|载重|重量|规模)(?:约|近|达)?$")
_DIMENSION_AFTER = re.compile(r"[长宽高深厚](?:[、，的]|$)")


# what is watched (重点监测的全国78个步行街, 监测33条高速公路90个节点, 每天对31个省…481个单位进行监控) and what a plant or
# a port can do (日产量达200台，年产能超过4.5万台, 设计年…通过能力670万标准箱): descriptors of the means, not reported figures
_WATCHED_BEFORE = re.compile(r"(?:监测|监控)(?:的)?[^，。；\d到至为达台数点项]{0,4}$")
_WATCHED_AFTER = re.compile(r"[^，。；]{0,40}?进行(?:实时)?(?:监测|监控)")
_CAPACITY_BEFORE = re.compile(r"(?:(?<!生)产能|通过能力|设计能力|设计年|日产量|单班)[^，。；\d]{0,8}?(?:达到|达|为|超过|约|近)?$")


def _monitoring_or_capacity(text: str, s0: int, q: dict) -> bool:
    lo = _clause_start(text, q["start"])
    if q["unit"] not in ("%", "pp") and (_WATCHED_BEFORE.search(text, max(lo, q["start"] - 20), q["start"])
                                         or "对" in text[lo:q["start"]] and _WATCHED_AFTER.match(text, q["end"])):
        return True
    return _CAPACITY_BEFORE.search(text, max(lo, q["start"] - 14), q["start"]) is not None


def _is_descriptor(text: str, s0: int, q: dict) -> bool:
    """A count of things already named, or of the members of a group (由16名工匠组成); a size printed
    as the attribute of a thing (面积500亩的基地, 650米长、3米宽的步道)."""
    if _DIMENSION_AFTER.match(text, q["end"]):
        return True
    if text[q["end"]:q["end"] + 1] == "的" and _ATTRIBUTE_BEFORE.search(text, max(0, q["start"] - 5), q["start"]):
        return True
    if q["unit"] not in _COUNT_UNITS:
        return False
    if _DESCRIPTOR_BEFORE.search(text, s0, q["start"]):
        return True
    return text[q["start"] - 1:q["start"]] == "由" and "组成" in text[q["end"]:q["end"] + 12]


# the format of a game or a course (15局8胜制, 每局比赛11分制, …4盘单打的男、女团体赛制)
_FORMAT_AFTER = re.compile(r"(?:\d+[\u4e00-\u9fff])?制(?![定度造作品约止订])|[^，。；]*?赛制")
# a bound word before the figure in its clause: a legal or a game's limit (最多可被处以…罚金N, 每场比赛至少N名…，最多N名)
_LIMIT_BEFORE = re.compile(r"最多可|最高可|最多能|最高能|上限为|不得超过|不得少于|最多|至多|至少|不少于|不超过")
_PER_ITEM = re.compile(r"每[\u4e00-\u9fff]{1,6}")


def _states_a_format(text: str, q: dict) -> bool:
    """Is the figure a part of a format (``15局8胜制``, ``每局比赛11分制``, ``1盘双打加4盘单打的…赛制``)?"""
    return _FORMAT_AFTER.match(text, q["end"]) is not None


def _states_a_limit(text: str, s0: int, q: dict) -> bool:
    """Does a figure that is no target state a limit rather than report a figure: a limit of a law
    (``最多可被处以…罚金1000万日元``) or a limit per item (``每场比赛至少4名运动员出场，最多7名``)? A bound alone
    (``至少3人死亡``) still reports a figure; with 可 or under 每… it states what is allowed."""
    clause = text[max(s0, _clause_start(text, q["start"])):q["start"] + len(q["text"])]
    limit = _LIMIT_BEFORE.search(clause)
    if limit is None:
        return False
    sentence = text[s0:q["start"]]
    return limit.group(0).endswith(("可", "能", "为", "超过", "少于")) or _PER_ITEM.search(sentence) is not None


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "，。；：\n") + 1


# a count in a locative phrase closed by a noun of place (在12个项目的比赛中, 在约3000家参与评估的企业中): where
# something happens, not a figure
_LOCATIVE_BEFORE = re.compile(r"在(?:约|近|超过)?$")
_LOCATIVE_AFTER = re.compile(r"[^，。；在]{0,14}?(?:的[^，。；]{1,8}?[中里内上]|[中里内](?=[，,]))")


def _locative(text: str, s0: int, q: dict) -> bool:
    start = q["start"] - (len(q["text"]) - len(q["text"].lstrip("约近超过")))
    return _LOCATIVE_BEFORE.search(text, max(s0, start - 3), q["start"]) is not None \
        and _LOCATIVE_AFTER.match(text, q["end"]) is not None


# the places participants come from (来自12个国家的900名代表, 组织来自18个国家共计N人): a description of the
# participants, whose own count is the figure; a list closed by 等 is counted (来自甲、乙等11个省、区、市)
_ORIGIN_BEFORE = re.compile(r"来自[^，。；等的\d]{0,12}$")  # the first figure after 来自


def _origin_of_participants(text: str, s0: int, q: dict) -> bool:
    # the count of places or groups (来自40多个国家和地区, 来自全国40支队伍的), not of the participants themselves after a
    # place word (来自世界各国超过7000名代表)
    return _ORIGIN_BEFORE.search(text, max(s0, q["start"] - 14), q["start"]) is not None \
        and q["unit"] not in ("名", "人", "位", "人次")


# a share paid or charged on a basis (缴纳本人月工资收入的0.15%, 按…的65%给予补贴): a rate, not a figure of a metric;
# 占…的N% and 完成…的N% report a share
_PAID_ON = re.compile(r"(?:缴纳|缴|交纳|支付|收取|提取|计提|扣除|报销|补贴|补助|给予)[^，。；占]{1,16}的$")


_RATE_AFTER_ONE = re.compile(r"(?:人民币)?(?:约合|约等于|兑换|兑|合)")
_RATE_BEFORE = re.compile(r"(?<![\d.])1(?:[\u4e00-\u9fff]{1,5})(?:人民币)?(?:约合|约等于|兑换|兑|合)(?:人民币)?$")


def _exchange_rate(text: str, q: dict) -> bool:
    """Is ``q`` one side of an exchange rate (1美元约合24.5格里夫纳, 1元人民币约合0.72雷亚尔)? A rate states a price of
    money, it is neither planned nor reported as a figure of the article's metric."""
    if q["value"] == 1 and _RATE_AFTER_ONE.match(text, q["end"]):
        return True
    return _RATE_BEFORE.search(text, max(0, q["start"] - 14), q["start"]) is not None


def _rate_of_a_basis(text: str, s0: int, q: dict) -> bool:
    return q["unit"] == "%" and _PAID_ON.search(text, max(s0, q["start"] - 20), q["start"]) is not None


def _is_level_difference(text: str, sent: str, s0: int, q: dict, qs: list[dict]) -> bool:
    """A percentage-point gap to a comparison base, after a rate printed earlier in the sentence: the
    rate is the observation, the gap describes it (a gap with no rate before it is an observation)."""
    if q["unit"] != "pp":
        return False
    clause = sent[_window_start(sent, q["start"] - s0, 0):q["start"] - s0]
    if not _DIFFERENCE.search(clause):
        return False
    return any(p["unit"] in ("%", "pp") and p["end"] <= q["start"] for p in qs if p is not q)


def _plan_continued(text: str, sent: str, s0: int, prev_target: dict | None, new_paragraph: bool) -> dict | None:
    """The target a sentence piece continues, if any: the piece after a ``；`` inside a plan
    (``到2025年，…超过5万亿元；…比重超过2%``) keeps its modality and deadline; a breakdown
    (``将培养3.7万名人才。其中，护理人员1.9万人…``) keeps the deadline, with no modality of its own."""
    if prev_target is None:
        return None
    if sent.lstrip().startswith("其中"):
        return {"modality": "", "modality_spans": [], "deadline": prev_target["deadline"]}
    if not new_paragraph and text[s0 - 1:s0] == "；":
        return prev_target
    return None


# a paragraph that breaks down the figures of the previous one keeps its period (分用途看，…余额分别为…)
_BREAKDOWN_START = re.compile(r"其中|分[\u4e00-\u9fff]{1,6}看|从[\u4e00-\u9fff]{1,8}看|按[\u4e00-\u9fff]{1,6}分")
# 同期 referring back to the report's period (同期，民营企业…; 占同期…总值的N%), not a comparison base (去年同期, 比同期)
_SAME_PERIOD = re.compile(r"(?:^|[，,：:；]|占)同期")
_AS_OF = re.compile(r"(?:截至|截止|截止到)$")
# an event dated to a day dates the figures reported about it in the next sentences (…21日举行。…签约N个项目)
_EVENT = re.compile(r"举行|召开|开幕|闭幕|启幕|举办|开通|签约|发布会")


def _as_of(text: str, t: dict) -> bool:
    """Is the time an as-of date (截至3月末)?"""
    return _AS_OF.search(text, max(0, t["start"] - 3), t["start"]) is not None


def _document_time_over(doc_times: list[dict], pos: int, issue_iso: str) -> bool:
    """Is the time nearest before ``pos`` in the document (else the first after it) a period already over?"""
    before = [x for x in doc_times if x["end"] <= pos]
    t = before[-1] if before else next((x for x in doc_times if x["start"] >= pos), None)
    return t is not None and t["to"] is not None and t["to"] < issue_iso


def _in_short_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside a short quotation (a name: “最关心的5件事”), not a quoted speech (“…卖了1000多公斤…”)?"""
    a = text.rfind("“", 0, pos)
    if a < 0 or text.rfind("”", 0, pos) > a:
        return False
    b = text.find("”", pos)
    return b < 0 or b - a <= 20 and not re.search(r"[，。；！？]", text[a:b])


_FIRST_DAY = re.compile(r"[”\"’]?(?:假期|小长假|黄金周|期间)?(?:首日|第一天)")
_CHANGE_THEN_LEVEL = re.compile(r"[，,]?(?:至|到)(?:约|近)?")
# a metric counted in time (利用小时数548小时, 试验启动平均用时…缩短4个月): its duration is the figure reported
_TIME_UNITS = {"天", "小时", "分钟", "周", "个月"}
_CONDITION_START = re.compile(r"如果|假如|倘若|一旦|假设|若是")
_TIME_METRIC = re.compile(r"(?:小时数|(?<!将)用时|时长)[^，。；、\d]{0,10}(?:[，,](?:达到|达|为))?$")
_THRESHOLD_CROSSED = re.compile(r"[，,]?(?:首次|再次|历史性)?(?:突破|超过|跨过|迈上|站上)")
_FIRST_TIME = re.compile(r"[，,][\u4e00-\u9fff]{0,8}?(?:首次|首|再次|再)")  # 25.47万亿元，规模历史同期首超25万亿元
_POSSIBLE_BEFORE = re.compile(r"(?:可能|或将|或许|也许)[^，。；、\d]{0,6}$")
_PER_UNIT_BEFORE = re.compile(r"每(?:分钟|秒钟?|小时|吨|公斤|千克|斤|亩|平方米|立方米|千瓦时|度|袋|箱|瓶)[\u4e00-\u9fff]{0,6}$")
_RANGE_JOIN = re.compile(r"(?:零时|\d{1,2}[时点](?:\d{1,2}分)?)?[ 　]*(?:至|到|—|－|-|~|～)[ 　]*$")


def _joined_ranges(text: str, times: list[dict]) -> list[dict]:
    """Two dates joined by 至 (自5月1日零时至5月5日24时, 2023年6月至2026年5月底) date one period."""
    out: list[dict] = []
    for t in times:
        prev = out[-1] if out else None
        if prev is not None and prev["resolved"] and t["resolved"] and t["start"] - prev["end"] <= 6 \
                and _RANGE_JOIN.fullmatch(text, prev["end"], t["start"]) and prev["from"] <= t["to"]:
            out[-1] = dict(prev, end=t["end"], text=text[prev["start"]:t["end"]], to=t["to"], rule="range-joined")
            continue
        if prev is not None and prev["resolved"] and t["resolved"] and text[prev["start"] - 1:prev["start"]] in ("自", "从") \
                and text[t["start"] - 1:t["start"]] == "至" and t["start"] - prev["end"] <= 24 and prev["from"] < t["to"] \
                and not re.search(r"[，。；：、,\d]", text[prev["end"]:t["start"] - 1]):
            # 自2025年11月海南…新政策实施至2026年4月30日: the words between name what ran, the two dates one span
            out[-1] = dict(prev, end=t["end"], text=text[prev["start"]:t["end"]], to=t["to"], rule="range-joined")
            continue
        out.append(t)
    return out


_END_LEVEL = re.compile(r"(?:从|由)[^，。；]{0,20}?\d[^，。；]{0,12}?(?:下降|减少|增长|增加|提高|提升|上升|上涨|扩大|缩小|降低|"
                        r"跃升|攀升|回落|放缓|加快|减缓|回升|下滑|收窄|升|降)了?(?:到|至)了?$")
_NO_PERIOD = {"none": True}


def _range_year(t: dict | None, which: int) -> dict | None:
    """The first (0) or last (1) year of a period joined from two years (从2012年到2018年)."""
    if t is None or not re.search(r"年(?:到|至|—|－|-|~|～)", t.get("text", "")) or not t["from"] or not t["to"]:
        return None
    a, b = t["from"], t["to"]
    if not (a.endswith("-01-01") and b.endswith("-12-31")) or a[:4] == b[:4]:
        return None
    y = a[:4] if which == 0 else b[:4]
    return dict(t, **{"from": f"{y}-01-01", "to": f"{y}-12-31", "rule": "range-joined-" + ("start" if which == 0 else "end")})


# verbs after a date that make it the start of something (将自3月1日开始…, 揭幕战将于5月20日打响, 总决赛将于4月26日开战,
# 将于6月1日开幕): a start date, no deadline for the figures that follow (the gold dates them by an event's end only)
_STARTS = re.compile(r"[”\"’]?(?:开始|起|打响|开战|开赛|开幕|揭幕|启动|开启|开工|开跑|鸣枪)")
_START_LEVEL = re.compile(r"(?:由|从)[^，。；、“”]{0,14}$")
_CHANGE_TO = re.compile(r"(?:[^，。；、\d]{0,6}?)(?:下降|减少|增长|增加|提高|提升|上升|上涨|扩大|缩小|降低|跃升|攀升|回落|放缓|加快|减缓|回升|下滑|收窄|升|降|涨)了?(?:到|至)")
# a figure that is a level of a change (环节将由4个减少到3个, 办理时间由9天减少到3—5天, 单证时间降为8—10小时): the end level
# right after the change verb, or the start level between 由/从 and the change
_END_OF_CHANGE = re.compile(r"(?:下降|减少|增长|增加|提高|提升|上升|上涨|扩大|缩小|缩短|压缩|降低|延长|升|降)了?(?:到|至|为)(?:约|近)?$")


def _level_of_change(text: str, s0: int, q: dict) -> bool:
    """Is ``q`` the start or the end level of a change printed around it (由A减少到B, 降为B)?"""
    if _END_OF_CHANGE.search(text, max(s0, q["start"] - 8), q["start"]):
        return True
    return _START_LEVEL.search(text, max(s0, q["start"] - 16), q["start"]) is not None \
        and _CHANGE_TO.match(text, q["end"]) is not None


def _planned_change(text: str, s0: int, q: dict) -> bool:
    """Is ``q`` a level of a change in a clause that reports nothing done (环节由19个减少到14个, 边境费用降为316美元)? An
    auxiliary of an earlier clause of the sentence (施工许可将实行…，…环节由19个减少到14个) then governs it too, as a future
    date would."""
    lo = _clause_start(text, q["start"])
    # (not the level of a disposal 将 of its own clause: 并将…税率从15%降至7.5%)
    return _level_of_change(text, s0, q) and re.search(r"已|了|将", text[max(s0, lo):q["start"]]) is None


def _respective_time(text: str, q: dict, qs: list[dict], before_t: list[dict]) -> dict | None:
    """The time that dates ``q`` in ``2019年和2020年全球经济增速分别为2.4%和2.5%``: the k-th of the times joined before
    分别 dates the k-th of the figures after it, when their numbers agree."""
    group = [before_t[-1]]
    for x in reversed(before_t[:-1]):
        if re.fullmatch(r"[和、与及]", text[x["end"]:group[0]["start"]]):
            group.insert(0, x)
        else:
            break
    if len(group) < 2:
        return None
    k = text.find("分别", group[-1]["end"], q["start"])
    if k < 0 or re.search(r"[，。；]", text[group[-1]["end"]:k]):
        return None
    figures = [x for x in qs if x["start"] > k and not re.search(r"[，。；]", text[k:x["start"]])]
    if len(figures) != len(group) or q not in figures:
        return None
    return group[figures.index(q)]


def _plan_sentence(s0: int, sent: str, text: str) -> bool:
    """Does the sentence carry a modal cue of a plan (将, 要, 计划…; not 预计, a forecast)?"""
    m = _first_modal(sent, s0, text, 0, len(sent))
    return m is not None and m.group(0) != "预计"


def _planned_duration(sent: str, s0: int, text: str, q: dict, plan: dict | None) -> bool:
    """Is the duration ``q`` a level of a planned change (办理时间将由9天减少到3—5天, 单证时间将降为8—10小时)? A
    processing time is then the metric's figure; a change already made (周期压缩至12天) or a resolution (由逐3小时提升到逐小时)
    stays a bare duration."""
    if text[q["start"] - 1:q["start"]] == "逐" or not _level_of_change(text, s0, q):
        return False
    return plan is not None or _first_modal(sent, s0, text, 0, q["start"] - s0) is not None


_HABITUAL = re.compile(r"(?:每年|每月|每周|每天|每日|常年)[^，。；]{0,6}$")


def _short(t: dict | None) -> bool:
    """Is ``t`` a span of days (at most a month), not a year or a plan period?"""
    if t is None or not t["from"] or not t["to"]:
        return False
    return (date.fromisoformat(t["to"]) - date.fromisoformat(t["from"])).days <= 31


def _ends_in_a_later_year(period: dict, issue: date) -> bool:
    """Does the period end after the issue year? Nothing observed can be dated there."""
    return period["to"] is not None and int(period["to"][:4]) > issue.year


def _bracketed(text: str, pos: int) -> bool:
    """Is ``pos`` inside 《…》 (a document title, whose words are no statement)?"""
    a = text.rfind("《", 0, pos)
    return a >= 0 and text.rfind("》", a, pos) < 0


def _window_start(sent: str, rel: int, clauses: int = 2) -> int:
    """Start of the window of ``clauses`` comma-clauses before the quantity (and its own)."""
    k = rel
    for _ in range(clauses + 1):
        j = max(sent.rfind("，", 0, k), sent.rfind(",", 0, k), sent.rfind("：", 0, k))
        if j < 0:
            return 0
        k = j
    return k + 1


_AUXILIARIES = ("将", "要")  # future/obligation auxiliaries inside a clause that a fronted frame may govern


def _modal(sent: str, s0: int, text: str, rel: int, figures: tuple = (), carry_aux: bool = True,
           figure_end: int | None = None) -> re.Match | None:
    """The modality cue governing the quantity: the first one of its own clause, else of the
    nearest earlier clause (up to two back), else a modal verb right after it in its clause
    (``100%村庄要达到``). A frame in front (``预计，到2024年底…将达到N``) wins over the
    auxiliary of the figure's own clause unless another figure stands between them.

    :param figures: offsets (in ``sent``) of the other quantities of the sentence
    :param figure_end: where the figure ends (in ``sent``); its start when not given
    """
    figure_end = rel if figure_end is None else figure_end
    own = _window_start(sent, rel, 0)
    for back in range(_BACK):
        lo, hi = _window_start(sent, rel, back), (_window_start(sent, rel, back - 1) if back else rel)
        if back > 2 and not _figure_clauses(sent, lo, rel, figures):
            break  # further back only along an enumeration of figures (力争…，A超过N%，B达到M%、C实现K%)
        if back and _PRESENT.search(sent, _window_start(sent, rel, back - 1), rel):
            break  # …预计需求量为N，现有供种总量为M: a present state after a forecast (in any clause between)
        m = _first_modal(sent, s0, text, lo, hi)
        if m is not None and back and re.search(r"已经?(?!经)", sent[own:rel]):
            return None  # 计划建设N公里公路，并已为此拨款M: the figure's own clause reports what was done
        if m is not None and back and _CONDITION_CLAUSE.search(sent, m.end(), hi):
            break  # 在确保安全的前提下，…到岗N人: a condition, not a target
        if m is not None and back and not carry_aux and m.group(0) in _AUXILIARIES:
            break  # 本次调水将持续N天，…水位达M米: with no future date, an auxiliary governs its own clause only
        if m is not None and m.group(0) == "预测":
            aux = _first_modal(sent, s0, text, m.end(), rel)
            while aux is not None and aux.group(0) not in _AUXILIARIES:
                aux = _first_modal(sent, s0, text, aux.end(), rel)
            if aux is not None:
                return aux  # 某机构预测2020年…将下滑至N: 预测 attributes the forecast, the figure keeps its auxiliary
        if m is not None:
            if m.group(0) in _AUXILIARIES:
                frame = _fronted_frame(sent, s0, text, rel, lo, figures, back)
                if frame is not None:
                    return frame
            return m
    clause_end = min([i for i in (sent.find("，", rel), sent.find("。", rel), sent.find("；", rel)) if i >= 0] or [len(sent)])
    m = _first_modal(sent, s0, text, rel, clause_end)
    # the subject's head noun may stand between (约700名中俄青少年运动员将参赛): measured from the figure's end
    if m is not None and m.group(0) in ("要", "将", "力争", "确保", "争取") and m.start() - figure_end <= 12:
        return m
    return None


_BACK = 5
# the base of a comparison right before a figure: 较此前预测的410亿美元, 比上年的N (a figure named to compare with)
_BASE_OF_COMPARISON = re.compile(r"(?:较|比|相比|高于|低于)[^，。；、\d]{0,8}的$")
# a noun between the figure and a bound closing an attribute (20万人口及以上的城市, 5000万元以下的项目): a category
_CATEGORY_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:及|或)?以(?:上|下)的")
# descriptors of a thing rather than figures reported about it: the class of a first-of-its-kind (全球首艘10800车…运输船),
# a speed rating (时速120公里), a size before 的 (高28米的井架), a division of work (每5公里为一个标段), a bound of a rule
# printed as an attribute (每月发放不低于600元的岗位津贴), the size of a survey's sample (对全国2.5万余名…人口的随机调查)
_FIRST_OF_KIND_BEFORE = re.compile(r"首(?:艘|台|座|架|列|辆|套|款)$")
_SPEED_BEFORE = re.compile(r"(?:时速|航速|车速|设计速度)(?:为|达|约)?$")
_SIZE_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[座栋条根个名位])[高长宽深]$")
_SAMPLE_AFTER = re.compile(r"[^，。；]{0,20}?的(?:随机|抽样|问卷|入户)?(?:调查|调研|抽样)")
_SAMPLED_BEFORE = re.compile(r"(?:抽查|抽检|抽取|抽样|抽验|抽测)(?:了)?(?:其中)?$")
_BOUND_PREFIXES = ("不低于", "不少于", "不超过", "不高于", "不多于")


def _described(text: str, s0: int, q: dict) -> bool:
    """Does the figure ``q`` describe a thing (its class, speed, size, division, a rule's bound, a sample) rather than
    report a figure about it?"""
    before = text[max(s0, q["start"] - 6):q["start"]]
    if _FIRST_OF_KIND_BEFORE.search(before):
        return True
    sp = _SPEED_BEFORE.search(before)
    at = q["start"] - len(before) + sp.start() if sp else 0
    if sp and not re.search(r"(?:达到|达|至|到|为|提升|提高)$", text[max(s0, at - 4):at]):
        return True  # 时速120公里的线路; not 最高试验速度达到时速385公里 (a speed reached)
    if text[q["end"]:q["end"] + 1] == "的" and _SIZE_BEFORE.search(text, max(0, q["start"] - 2), q["start"]):
        return True
    if before.endswith("每") or q["unit"] == "%" and _SAMPLED_BEFORE.search(before) \
            or q["unit"] in ("m", "km", "cm", "mm") and re.search(r"每(?:天|日|小时|分钟)[\u4e00-\u9fff]{0,2}$", before) \
            and _first_modal(text, 0, text, _clause_start(text, q["start"]), q["start"]) is None:
        # 每5公里为一个标段; 中央还要抽查20%的县: a division or a sampling rate of a rule; 每天推进15米: a pace, as a speed
        # (确保每天4米的进度: a planned pace, a target)
        return True
    if q["unit"] in _COUNT_UNITS and before.endswith("群") and q["start"] >= 3 \
            and text[q["end"]:q["end"] + 2] == text[q["start"] - 3:q["start"] - 1]:
        return True  # 机场群7座机场, 城市群11个城市: the members of the group the sentence is about
    if q["text"].startswith(_BOUND_PREFIXES) and re.match(r"的[\u4e00-\u9fff]", text[q["end"]:q["end"] + 2]) \
            and "每" in text[_clause_start(text, q["start"]):q["start"]]:
        return True  # 每月发放不低于600元的岗位津贴 (not 将组建不少于20人的团队: a target)
    return _SAMPLE_AFTER.match(text, q["end"]) is not None


# the comparison before a year whose level follows (高于2018年的135起, 相比2014年的94起)
_BASE_BEFORE_TIME = re.compile(r"(?:高于|低于|相比|相较|比|较|超过|少于|多于)(?:于)?$")


def _group_of_a_part(text: str, q: dict, qs: list[dict]) -> bool:
    """Is ``q`` the size of a group whose part is counted next in its clause (1481名…目标逃犯共到案934名, 22名A级通缉令逃犯
    共到案14名)? The part is the figure; the group describes it."""
    nxt = next((x for x in qs if x["start"] >= q["end"]), None)
    if nxt is None or nxt["unit"] != q["unit"] or q["unit"] not in _COUNT_UNITS or nxt["start"] - q["end"] > 24:
        return False
    gap = text[q["end"]:nxt["start"]]
    if not re.match(r"[，。；、,;]|$", text[nxt["end"]:nxt["end"] + 1]):
        return False  # 22个省份共认定407个扶贫产品: the second count has a noun of its own, no part of the first
    return re.fullmatch(r"[^，。；、：\d和与及]{2,20}?(?:中|里)?(?:共|累计|总共|共计)[\u4e00-\u9fff]{0,4}", gap) is not None


# an amount converted into another currency (约合人民币1.37万亿元, 约合114亿元人民币, 折合N美元)
_CONVERSION_BEFORE = re.compile(r"(?:约合|约等于|（折合)(?:人民币|美元|欧元)?(?:约|近)?$")  # not 财物共计折合人民币N: a value
# the level a revision sets (上调…预期至4.6%, 下调0.2个百分点至0.9%) and an earlier forecast named after its figure
_REVISED_LEVEL = re.compile(r"(?:上调|下调|调升|调降|调高|调低)了?(?:[^，。；\d]{0,12}|约?\d+(?:\.\d+)?个百分点)(?:至|到)$")
_KEPT_LEVEL = re.compile(r"维持在$")
_PREVIOUS_FORECAST_AFTER = re.compile(r"的(?:预期|预测值|预测|预估)")
# a change measured against an earlier forecast (比4月预测值低0.1个百分点, 较此前预测增加12.5%, 比此前预测减少N)
_AGAINST_FORECAST = re.compile(r"(?:比|较|与)[^，。；]{0,12}(?:预测|预期)(?:值|数)?(?:相比)?[^，。；\d]{0,6}$")
_PLAN_PARTS = re.compile(r"(?:个)?方面(?!的)|[\u4e00-\u9fff]{0,4}?(?:举措|措施|重点任务|具体任务|主要任务|指标)(?![\u4e00-\u9fff]{0,2}[达为到])")
_CONDITION_CLAUSE = re.compile(r"(?:的)?(?:前提下|基础上|同时)[，,]?$")


def _figure_clauses(sent: str, lo: int, rel: int, figures: tuple) -> bool:
    """Does every clause between ``lo`` and the figure at ``rel`` (the first excepted) carry a figure?"""
    k = _window_start(sent, rel, 0)
    while k > lo:
        j = _window_start(sent, k - 1, 0)
        if j <= lo:
            break
        if not any(j <= f < k for f in figures) and sent[j:k].strip("，,： ") not in ("其中", "同时"):
            return False  # a bare 其中 (…覆盖N%的城市，其中，高铁…M公里) joins a breakdown to the enumeration
        k = j
    return True


def _fronted_frame(sent: str, s0: int, text: str, rel: int, clause_start: int, figures: tuple,
                   at: int = 0) -> re.Match | None:
    """A non-auxiliary modal in the one or two clauses before ``clause_start`` (the clause ``at`` clauses
    back from the figure) with no figure after it, except figures of parallel clauses that have an
    auxiliary of their own (预计到X，A将达到N，B将达到M; 预计…，N%的A将…，M%的B将…)."""
    for back in (at + 1, at + 2):
        lo = _window_start(sent, rel, back)
        m = _first_modal(sent, s0, text, lo, clause_start)
        if m is not None and m.group(0) == "预测":
            return None  # 据某机构预测，…将达N: the attribution of a forecast, the figure keeps its auxiliary
        if m is not None and m.group(0) not in _AUXILIARIES:
            between = [f for f in figures if m.end() <= f < rel]
            # figures between of parallel clauses with an auxiliary, or with no modal of their own (预计…将提升到A，
            # 总量达到B，…将提高到C: the frame governs all three)
            if all(_auxiliary_clause(sent, s0, text, f) or _no_modal_clause(sent, s0, text, f, m.start(), m.end()) for f in between):
                return m
            return None
    return None


def _no_modal_clause(sent: str, s0: int, text: str, f: int, frame_start: int, frame_end: int) -> bool:
    """Does the clause of the figure at ``f`` (a clause after the frame's own) carry no modal of its own?"""
    lo = _window_start(sent, f, 0)
    if lo <= frame_start:
        return False  # the figure sits in the frame's own clause (预计A达N，B将突破M: B keeps 将)
    ends = [i for i in (sent.find("，", f), sent.find("。", f), sent.find("；", f)) if i >= 0]
    return _first_modal(sent, s0, text, lo, min(ends) if ends else len(sent)) is None


def _auxiliary_clause(sent: str, s0: int, text: str, f: int) -> bool:
    """Does the clause of the figure at ``f`` carry 将/要 (before or after the figure)?"""
    lo = _window_start(sent, f, 0)
    ends = [i for i in (sent.find("，", f), sent.find("。", f), sent.find("；", f)) if i >= 0]
    hi = min(ends) if ends else len(sent)
    m = _first_modal(sent, s0, text, lo, hi)
    while m is not None and m.group(0) not in _AUXILIARIES:  # 预计…比重将提升到A: the frame's own clause
        m = _first_modal(sent, s0, text, m.end(), hi)
    return m is not None


def _first_modal(sent: str, s0: int, text: str, lo: int, hi: int) -> re.Match | None:
    for m in _MODAL.finditer(sent, lo, hi):
        w = m.group(0)
        if _bracketed(text, s0 + m.start()) or inside_noun_phrase(sent, m.start()):
            continue
        if w == "要":
            if m.start() > 0 and sent[m.start() - 1] in _YAO_BAD_BEFORE:
                continue
            if sent.startswith(_YAO_BAD_AFTER, m.end()):
                continue
        if w in _AUXILIARIES and habitual(sent, _window_start(sent, m.start(), 0), m.start()):
            continue  # 每天都要消毒4次: a routine, not a plan
        if w == "将":
            if re.search(r"目标(?:是|为)$", sent[max(0, m.start() - 3):m.start()]):
                continue  # 目标是将吸烟者的数量…减少10％: the disposal marker of a goal (see _GOAL_DISPOSAL)
            if sent.startswith(_JIANG_BAD_AFTER, m.end()) or jiang_is_noun(sent, m.start()):
                continue  # 将领, 名将: nouns
            nxt = sent[m.end():m.end() + 1]
            if nxt.isdigit() or sent.startswith(_BA, m.end()):
                continue  # 将12种药品纳入: the disposal marker, not the future
            if sent[max(0, m.start() - 1):m.start()] in ("已", "经", "均", "都", "并", "曾"):
                continue  # 已将储备的化肥…调运: the disposal marker after an adverb of the past
            clause_end = min([i for i in (sent.find("，", m.end()), sent.find("。", m.end())) if i >= 0] or [len(sent)])
            if _BA_VERBS.search(sent, m.end(), clause_end):
                continue  # 将…纳入/作为…: disposal, not the future
            if _BA_RESULT.search(sent, m.end() + 2, clause_end):
                continue  # 将全区划分成N个网格, 将…下调为…的30%, 将…现金偷走: a disposal with its object first
            if _BA_CHANGE.match(sent[:clause_end], m.end()):
                continue  # 将水深由6米提升至8米, 将起付线降低50%: a disposal with a change of its object
        if w == "争取" and _OBTAINED_AFTER.match(sent, m.end()) and re.match(r"[^，。；]{0,12}\d", sent[m.end():]):
            continue  # 争取国家资金5900万元: obtained
        if w == "预测" and (sent.startswith(("预警", "的", "值", "数据", "结果", "和", "分析", "模型"), m.end())
                           or sent[m.start() - 1:m.start()] in ("的", "和", "与")):
            continue  # 强化预测预警: the noun
        if w == "计划" and sent[m.start() - 1:m.start()] in ("”", "\"", "’"):
            continue  # “特岗教师”计划增招5000人: the end of a plan's name, not a modal verb
        if w == "计划" and jihua_is_noun(sent, m.end()):
            continue  # 冬春季航班计划，…/按照投运计划安排: the noun
        if w == "计划" and (sent.startswith(("单列", "总投资", "生育", "面积", "总量", "任务量", "数的", "值", "规模", "实施规模"), m.end())
                           or "占" in sent[max(0, m.start() - 4):m.start()] or sent[m.start() - 1:m.start()] == "按"):
            continue  # 占计划面积的75.8%: the noun
        if w == "计划" and re.search(r"(?:按|按照|依|依照|根据|原|超|超额|完成)$", sent[max(0, m.start() - 2):m.start()]):
            continue  # 按计划推进, 完成计划: the noun
        if w == "计划" and sent[max(0, m.start() - 2):m.start()] in ("行动", "工作", "发展", "实施", "五年", "年度", "规划", "投资"):
            continue  # 行动计划: a noun
        if w == "预计" and sent.startswith(("需", "的", "数", "值", "用量"), m.end()) and sent[m.start() - 1:m.start()] in ("占", "的", "于", "比"):
            continue  # 占预计需求量的X%: a noun, not a forecast
        return m
    return None


_PLAN_NAME_AFTER = re.compile(r"[”\"’](?:规划|计划|纲要)(?!期)|(?:规划|纲要)(?!期)")  # 今年计划发布N款: a modal, not a name


# a time that starts the name of a document (今年一号文件, 2026年…招募公告): it dates the document, not the figures
_DOCUMENT_AFTER = re.compile(r"(?:(?!发布|印发|出台|下发|公布|发出|颁布|联合)[^，。；：、\d]){0,20}?"
                             r"(?:一号文件|文件|公告|通知|意见|方案)(?![\u4e00-\u9fff]{0,2}(?:显示|表明|指出))")


def _usable_time(text: str, t: dict, dateline: tuple[int, int]) -> bool:
    if not t["resolved"]:
        return False
    if dateline[0] <= t["start"] < dateline[1]:
        return False
    before = re.sub(r"[“”\"‘’《]", "", text[max(0, t["start"] - 4):t["start"]])  # 较“十三五”末: the base behind a quote
    if _COMPARE_BEFORE.search(before) or t["text"].endswith("同期"):
        return False
    if _bracketed(text, t["start"]):  # a document title dates nothing, unless it is a report that says so
        close = text.find("》", t["start"])
        return close >= 0 and _REPORT_TITLE_AFTER.match(text, close) is not None
    if _PLAN_NAME_AFTER.match(text, t["end"]):  # “十五五”规划编制工作: the name of a plan, not a period
        return False
    if _DOCUMENT_AFTER.match(text, t["end"]):
        return False  # 今年一号文件释放了…, 2026年…“三支一扶”计划招募公告正式发布: the time names a document
    a, b = text.rfind("“", 0, t["start"]), text.find("”", t["end"])
    if a >= 0 and b >= 0 and text.rfind("”", a, t["start"]) < 0 and b - a <= 30 \
            and re.search(r"(?:计划|规划|纲要|方案|行动|工程)$", text[a:b]):
        return False  # “2014—2019年国家减少烟草计划”: the name of a plan, its years date no figure
    return True


def find_statements(text: str, quantities: list[dict], times: list[dict], issue: date,
                    officials: list[dict], owner_default: str | None, owners: dict | None = None) -> dict:
    """Targets, observations and tasks of ``text`` (document offsets).

    :param owners: what 全市/全区/全省/全国 refer to in this article (last character -> full name)
    """
    owners = owners or {}
    times = [dict(t, to=t["from"], text=t["text"] + "首日") if t["resolved"] and t["from"] and _FIRST_DAY.match(text, t["end"])
             else t for t in _joined_ranges(text, times)]  # “五一”假期首日: the first day, not the holiday
    targets: list[dict] = []
    observations: list[dict] = []
    tasks: list[dict] = []
    issue_iso = issue.isoformat()
    # the dateline (本报北京5月6日电) dates the report, not the figures
    first_para_start = text.find("\n") + 1
    dm = _DATELINE.search(text, first_para_start, first_para_start + 40)
    # the dateline starts its own line (a subtitle line before 本报电 is text, not dateline)
    dateline = (max(first_para_start, text.rfind("\n", 0, dm.start()) + 1), dm.start()) if dm else (-1, -1)
    para_start = 0
    para_period: dict | None = None
    doc_period: dict | None = None  # the last statistical period of the article, for an anaphoric 同期
    prev_para_period: dict | None = None
    last_level: dict | None = None
    para_deadline: dict | None = None
    piece_target: dict | None = None  # the last target of the previous sentence piece
    doc_times = [x for x in times if _usable_time(text, x, dateline)]
    para_sents: list[tuple[int, str]] = []  # the earlier sentences of the paragraph, for a plan's modal sentence
    time_before_de = {x["end"]: x for x in times if x["resolved"] and text[x["end"]:x["end"] + 1] == "的"}
    for sm in _SENT.finditer(text):
        s0, s1 = sm.span()
        sent = sm.group(0)
        nl = text.rfind("\n", 0, s0 + 1)
        plan = _plan_continued(text, sent, s0, piece_target, new_paragraph=nl + 1 > para_start)
        piece_target = None
        if nl + 1 > para_start:
            para_start = nl + 1
            para_sents = []
            prev_para_period, para_period = para_period, None
            prev_deadline, para_deadline = para_deadline, None
            p_end = text.find("\n", para_start)
            p_end = len(text) if p_end < 0 else p_end
            # a paragraph without dates keeps the previous paragraph's deadline only when it is an event's
            # days (…3日至9日举行。/…将举办N场活动); a plan's year is not carried (its figures stay undated)
            if not any(para_start <= x["start"] < p_end and x["resolved"] for x in times) and _short(prev_deadline) \
                    and para_start - prev_deadline["end"] < 400 and text.rfind("\n", prev_deadline["end"], para_start - 1) < 0 \
                    and not _STARTS.match(text[prev_deadline["end"]:prev_deadline["end"] + 3]):
                para_deadline = prev_deadline  # from the paragraph just before only, never a start date (自X起)
            if _BREAKDOWN_START.match(sent):
                para_period = prev_para_period
                para_deadline = prev_deadline
        elif para_period is None and prev_para_period is not None and sent.lstrip().startswith("其中") \
                and not any(para_start <= x["start"] < s0 and x["resolved"] for x in times) \
                and not any(para_start <= x["start"] < s0 for x in quantities):
            # 报告包括…两大类。其中，…2997项: a paragraph that names the parts without figures, then breaks the report
            # down, as a paragraph opening with 其中 (figures printed before the 其中 would be what it breaks down)
            para_period = prev_para_period
        qs = [q for q in quantities if s0 <= q["start"] < s1]
        ts = [t for t in times if s0 <= t["start"] < s1 and _usable_time(text, t, dateline)]
        speaker = None
        for o in officials:
            if para_start <= o["name_span"][0] < s1:
                speaker = o
        owner = None
        om = _OWNER_WORDS.search(sent)
        if om:
            owner = owners.get(om.group(0)[-1], om.group(0))
        present = _PRESENT.search(sent)
        sent_future = any(x["to"] and x["to"] > issue_iso for x in ts)
        last_change_end = None
        for q in qs:
            rel = q["start"] - s0
            # a date inside a condition (如果各国从7月初…开放边境，预计…下降58%) dates the condition, not the figure after it
            before_t = [t for t in ts if t["end"] <= q["start"] and not (
                _CONDITION_START.search(text, _clause_start(text, t["start"]), t["start"]) and "，" in text[t["end"]:q["start"]])]
            t = before_t[-1] if before_t else None
            if text[q["start"] - 1:q["start"]] == "\n":
                # a headline of figures (45.2亿件  1月快递业务完成量, 50%以上  2025年林业总产值提高): the time printed
                # after the figure, across the spaces, dates it
                head = [x for x in ts if x["start"] >= q["end"] and re.fullmatch(r"[ 　]{1,4}", text[q["end"]:x["start"]])]
                if head:
                    t = head[0]
            headline = t is not None and t["start"] >= q["end"]
            if t is not None and not headline:
                t = _respective_time(text, q, qs, before_t) or t
            after_t = (t["end"] - s0) if t else 0
            if t is not None and _LABEL_AFTER.match(text, t["end"]):
                earlier = [x for x in before_t[:-1] if not _LABEL_AFTER.match(text, x["end"])]
                t = earlier[-1] if earlier else None
                if t is None and para_period is not None and para_period["from"] == para_period["to"]:
                    pass
                after_t = (t["end"] - s0) if t else 0
            since = t is not None and (re.match(r"[”\"’]?(?:以来|起|开始|至今)", sent[after_t:after_t + 3]) is not None or (
                text[max(s0, t["start"] - 1):t["start"]] in ("自", "从") and "以来" in sent[after_t:rel]))
            # 自从去年11月暴发以来, 从1月23日至今: from that date to the issue
            vague = None if since else _VAGUE_SPAN.search(sent, after_t, rel)
            now = _PRESENT.search(sent, after_t, rel) if t is None or not _as_of(text, t) else None  # 截至X，现有N
            if q.get("change") and last_level is not None and last_level["_sent"] == s0:
                # from the level, or from the change already linked to it (…增幅10%，与2017年相比增幅40%)
                gap = text[max(last_level["_qend"], last_change_end or 0):q["start"]]
                if _CHANGE_LINK.match(gap) and "change" in last_level:
                    last_level.setdefault("change_of_change", {"value": q["value"], "unit": q["unit"],
                                                               "spans": [[q["start"], q["end"]]]})
                    continue
                if _CHANGE_LINK.match(gap) and "change" not in last_level:
                    last_level["change"] = {"value": q["value"], "unit": q["unit"], "direction": q["change"]["direction"],
                                            "basis": q["change"]["basis"], "spans": [[q["start"], q["end"]]]}
                    last_change_end = q["end"]  # 同比分别增长3.4%、9.1%: the rest are changes of the other levels
                    continue
            if last_level is not None and last_level["_sent"] == s0 and last_level["unit"] == q["unit"] \
                    and (_THRESHOLD_CROSSED.fullmatch(text, last_level["_qend"], q["start"])
                         or q["text"].startswith(("超", "逾")) and _FIRST_TIME.fullmatch(text, last_level["_qend"], q["start"])):
                last_level["_qend"] = q["end"]  # a change after it is still the level's (…，同比增加293万吨)
                continue  # 海外权益产量910万吨，首次突破900万吨: the threshold the level crossed
            if q["unit"] in _NO_OBSERVATION_UNITS and not (q["unit"] in _TIME_UNITS and (_TIME_METRIC.search(
                    text, max(s0, q["start"] - 12), q["start"]) or _planned_duration(sent, s0, text, q, plan))) \
                    or q["text"].endswith("级") or _bracketed(text, q["start"]):
                continue
            if _states_a_format(text, q) or _locative(text, s0, q) or _rate_of_a_basis(text, s0, q) \
                    or _origin_of_participants(text, s0, q) or _exchange_rate(text, q):
                continue
            if _is_level_difference(text, sent, s0, q, qs) or _is_descriptor(text, s0, q):
                continue
            if not sent_future and _MODAL.search(sent) is None and _monitoring_or_capacity(text, s0, q):
                continue  # in a plan the capacity is the planned figure (通过能力将达到N标准箱)
            if q.get("change") and any(_CHANGE_THEN_LEVEL.fullmatch(text, q["end"], x["start"]) for x in qs if x["start"] >= q["end"]):
                continue  # 销量下滑16%至12.23万辆: the change of the level printed after it
            if q["unit"] == "%" and _BASIS_BEFORE.search(text, max(s0, q["start"] - 20), q["start"]):
                continue  # 将按个人缴费额的65%给予补贴: a rate of a basis
            if _POSSIBLE_BEFORE.search(text, max(s0, q["start"] - 10), q["start"]):
                continue  # 可能导致超过8000人死亡: a possibility, not a modal of the target list and no report
            if _PER_UNIT_BEFORE.search(text, max(s0, q["start"] - 9), q["start"]):
                continue  # 每分钟8000升, 每吨稻谷去除5%: a rate per unit describes, it reports no figure
            if last_change_end is not None and text[last_change_end:q["start"]] in ("、", "和", "及", "、和") and q["unit"] in ("%", "pp"):
                last_change_end = q["end"]  # 增速分别达到12.5%、8.4%: the rest of an enumeration of changes
                continue
            if re.match(r"增速(?:分别)?(?:为|达到|达)$", text[max(s0, q["start"] - 7):q["start"]].split("，")[-1]):
                last_change_end = q["end"]
                continue
            if q["comparator"] in ("≥", "≤") and q["text"].endswith(("以上", "以下")) and _THRESHOLD_NEXT.match(text, q["end"]) \
                    and not headline:
                continue
            attributive = q["text"].endswith(("以上", "以下")) and re.match(r"的|[\u4e00-\u9fff]", text[q["end"]:q["end"] + 1])
            quoted = _in_short_quote(text, q["start"])
            mod = _modal(sent, s0, text, rel, tuple(x["start"] - s0 for x in qs if x is not q),
                         carry_aux=sent_future or para_deadline is not None or _planned_change(text, s0, q),
                         figure_end=q["end"] - s0)
            if mod is None and plan is None and t is None and _END_OF_CHANGE.search(text, max(s0, q["start"] - 8), q["start"]) \
                    and _planned_change(text, s0, q):
                # 施工许可将实行…，环节由19个减少到14个，办理时间由169.5天减少到97天: the end level of a change after a
                # target of the sentence continues it, however many clauses stand between
                chain = [x for x in targets if x["_sent"] == s0 and x["modality"] in _AUXILIARIES]
                if chain:
                    plan = {"modality": chain[-1]["modality"], "modality_spans": chain[-1]["modality_spans"],
                            "deadline": chain[-1]["deadline"]}
            lo = max(mod.end() if mod else 0, (t["end"] - s0) if t else 0)
            ms, me = _metric(sent, lo, rel)
            if me - ms < 2 and (mod is not None or t is not None):  # 全市规上工业增加值力争2024年突破…
                hi = min(x for x in (mod.start() if mod else rel, (t["start"] - s0) if t else rel))
                ms, me = _metric(sent, _window_start(sent, hi, 0), hi)
            if me - ms < 2 and q["unit"] not in ("%", "pp", "CNY", "USD"):
                ms, me = _metric_after(sent, rel + len(q["text"]))
            metric = sent[ms:me]
            qv = {"text": q["text"], "value": q["value"], "unit": q["unit"], "comparator": q["comparator"],
                  "approximate": q["approximate"], "low": q.get("low"), "high": q.get("high"),
                  "spans": [[q["start"], q["end"]]]}
            base = {"metric": metric, "metric_spans": [[s0 + ms, s0 + me]] if me > ms else [],
                    "owner": owner or owner_default, "speaker": speaker["name"] if speaker else None,
                    "quantity": qv, "value": q["value"], "unit": q["unit"],
                    "evidence": [[s0, s1]], "spans": [[q["start"], q["end"]]], "_sent": s0, "_qend": q["end"]}
            base_time = time_before_de.get(q["start"] - 1)
            if mod is None and base_time is not None and base_time["to"] < issue_iso \
                    and _BASE_BEFORE_TIME.search(text, max(s0, base_time["start"] - 3), base_time["start"]):
                # 高于2018年的135起，相比2014年的94起: the level of the year compared with, an observation of that year
                st = dict(base, kind="actual", period=_period_view(base_time))
                observations.append(st)
                continue
            if mod is not None and mod.end() <= rel and counts_places(text, q) and not closes_list(text, q["start"]):
                continue  # 将分赴30个省、…, 将加强沿黄8个省辖市: where the action goes, neither planned nor reported
            if q["unit"] == "方面" or q["unit"] in ("个", "项", "条") and _PLAN_PARTS.match(text, q["end"]) \
                    or mod is not None and closes_list(text, q["start"]) and counts_places(text, q):
                # 从8个方面提出44项举措, 将重点检查8方面, 将赴…等6个省（区）: the parts a plan or measure lists, or the
                # places it names, counted now, not a target of it
                st = dict(base, kind="actual", period=None)
                observations.append(st)
                last_level, piece_target = st, None
                continue
            is_past = t is not None and t["to"] is not None and t["to"] < issue_iso
            is_future = t is not None and t["to"] is not None and t["to"] > issue_iso
            to_before = t is not None and _TO_BEFORE.search(text[max(s0, t["start"] - 4):t["start"]]) is not None
            # a past period makes a modal a report (去年…争取…任务N万亩); a past day only dates the
            # announcement (在今天召开的发布会上表示，…计划供应N剂次)
            if _BA_FROM.search(text, s0, q["start"]):
                continue  # 将航道水深由6米提升至8米: the levels of a measure's object, neither reported nor forecast
            # 环节将由4个减少到3个: under an auxiliary too, the start level is a figure of now, the end level the target
            start_under_aux = mod is not None and mod.end() <= rel and _START_LEVEL.search(
                text, max(s0 + mod.end(), q["start"] - 16), q["start"]) is not None and _CHANGE_TO.match(text, q["end"]) is not None
            if mod is not None and mod.group(0) not in _AUXILIARIES or mod is not None and t is not None and not is_future \
                    or start_under_aux:
                sl = _START_LEVEL.search(text, max(s0, q["start"] - 16), q["start"])
                if sl is not None and _CHANGE_TO.match(text, q["end"]):
                    # 预计…占比由31.2%降至12.2%, 预测…贫困率从去年的30.3%升至…: the start level is a figure of now or of
                    # the date printed in it, the end level is the forecast
                    st = dict(base, kind="actual", period=_period_view(t) if is_past else None)
                    observations.append(st)
                    last_level, piece_target = st, None
                    continue
                em = _END_LEVEL.search(text, max(s0, q["start"] - 36), q["start"])
                start_date = is_past and text[t["start"] - 1:t["start"]] in ("从", "由") and text[t["end"]:t["end"] + 1] == "的"
                if is_past and em is not None and (t["start"] >= em.start() or start_date):
                    outer = [x for x in before_t if x["end"] <= min(em.start(), t["start"])]
                    t = outer[-1] if outer else None  # 从去年的30.3%升至34.7%: 去年 dates the start level only
                    is_past = t is not None and t["to"] is not None and t["to"] < issue_iso
                    is_future = t is not None and t["to"] is not None and t["to"] > issue_iso
            reported = is_past and t["from"] != t["to"]
            if _described(text, s0, q) or _group_of_a_part(text, q, qs):
                continue
            if _CATEGORY_AFTER.match(text, q["end"]):
                continue  # 覆盖…99%的20万人口及以上的城市: the threshold of a category, not a figure
            if _CONVERSION_BEFORE.search(text, max(s0, q["start"] - 6), q["start"]):
                continue  # 8550亿雷亚尔（约合人民币1.37万亿元）: the amount converted, the same figure again
            if _REVISED_LEVEL.search(text, max(s0, q["start"] - 24), q["start"]) or _PREVIOUS_FORECAST_AFTER.match(text, q["end"]) \
                    or "预期" in sent and _KEPT_LEVEL.search(text, max(s0, q["start"] - 6), q["start"]):
                # 上调中国经济增长预期至4.6%, 欧元区下调0.2个百分点至0.9%, 美国维持在2.3%不变: the level a revision sets, the
                # revision (the change) is what is reported; 高于此前2.32%的预期: an earlier forecast
                continue
            if _AGAINST_FORECAST.search(text, max(s0, q["start"] - 24), q["start"]):
                continue  # 比今年7月的预测值下调了0.1个百分点: a change against an earlier forecast, neither forecast nor reported
            if mod is not None and mod.end() <= rel and _BASE_OF_COMPARISON.search(text, max(s0 + mod.end(), q["start"] - 12), q["start"]):
                continue  # 预计…将达N，较此前预测的M: the base a forecast is compared with, neither forecast nor reported
            if mod is not None and not (reported and mod.group(0) not in ("预计", "预测")):
                w = mod.group(0)
                # 预计 about a period already over (printed here or earlier in the paragraph: 6月，…满意度预计为N分)
                over = t if is_past else (para_period if t is None and para_period is not None
                                          and para_period["to"] is not None and para_period["to"] < issue_iso else None)
                if w in ("预计", "预测") and over is not None:
                    st = dict(base, kind="forecast", period=_period_view(over))
                    observations.append(st)
                elif w == "预计" and t is None and s0 < first_para_start and \
                        _document_time_over(doc_times, q["start"], issue_iso):
                    # 预计 in an undated title over a report about a period already over (a holiday's
                    # figures): a forecast, undated
                    st = dict(base, kind="forecast", period=None)
                    observations.append(st)
                else:
                    start_only = t is not None and _STARTS.match(text[t["end"]:t["end"] + 3]) is not None
                    # 未来5年，…计划新增投资N: a duration from the issue, no deadline (only a duration is printed)
                    start_only = start_only or t is not None and t["rule"].startswith("next-n-years")
                    st = dict(base, modality=w, modality_spans=[[s0 + mod.start(), s0 + mod.end()]],
                              deadline=None if start_only else _period_view(t if t is not None and not is_past else para_deadline))
                    targets.append(st)
            elif (is_future or t is None) and (to_before or _GOAL_BEFORE.search(text, max(s0, q["start"] - 16), q["start"])
                                               or _GOAL_DISPOSAL.search(text, max(s0, q["start"] - 40), q["start"])):
                # 到2025年…N, 预期目标N; a goal with no date is a target without a deadline (控制目标为不低于40%)
                st = dict(base, modality="", modality_spans=[], deadline=_period_view(t))
                targets.append(st)
            elif (attributive and not (is_future and t["end"] == q["start"])) or quoted:
                # 伤亡3人以上事故, “最关心的5件事”: a category or a name, not a figure; but a share right after a future
                # date is what a plan sets for that date (按照2026年底30%以上的学校达标)
                continue
            elif plan is not None and (t is None or is_future and not since and sent.lstrip().startswith("其中")):
                # 预计发达经济体…降至1.7%…。其中，2019年中国经济增速为6.1%: a breakdown of a forecast keeps it, dated by a
                # period not over printed in it
                st = dict(base, modality=plan["modality"], modality_spans=plan["modality_spans"],
                          deadline=plan["deadline"] if t is None else _period_view(t))
                targets.append(st)
            elif _states_a_limit(text, s0, q):
                continue  # neither planned nor reported: what a rule allows
            else:
                start_level = _START_LEVEL.search(text, max(s0, q["start"] - 16), q["start"])
                end_level = None
                em = _END_LEVEL.search(text, max(s0, q["start"] - 36), q["start"])
                if em is not None and not (start_level and _CHANGE_TO.match(text, q["end"])):
                    # 从2018年的40元上涨至45元: the date inside the start level does not date the end level
                    if t is not None and t["start"] >= em.start():
                        outer = [x for x in before_t if x["end"] <= em.start()]
                        end_level = outer[-1] if outer else para_period
                        if end_level is None:
                            end_level = _NO_PERIOD
                    elif _range_year(t, 1) is not None:
                        end_level = _range_year(t, 1)  # 从2012年到2018年，…增长到B: B is 2018's
                if end_level is _NO_PERIOD:
                    end_level = None
                    if em is not None:
                        per = None
                if start_level and _CHANGE_TO.match(text, q["end"]):
                    # 贫困发生率由建档立卡之初的5.4%下降至…: the earlier level is dated only by a date printed
                    # between 由/从 and it (从2018年的40元上涨至…)
                    inner = [x for x in ts if start_level.start() <= x["start"] and x["end"] <= q["start"]]
                    per = inner[-1] if inner else _range_year(t, 0)  # 从2012年到2018年，…从A增长到B: A is 2012's
                elif end_level is not None:
                    per = end_level
                elif t is not None and not now and (not vague or t["from"] == t["to"] and "累计" in sent[vague.end():rel]
                                                    and re.fullmatch(r"历年|多年来|近年来", vague.group(0))):
                    per = t  # 5月9日10时，…中欧班列历年累计开行突破13万列: a running total as of that day
                elif present or vague or t is not None or _HABITUAL.search(text, max(s0, q["start"] - 8), q["start"]):
                    per = None  # 每年投入N亿元: a rate of habit, not a figure of a period
                else:
                    per = para_period
                    if per is None and doc_period is not None and _SAME_PERIOD.search(sent):
                        per = doc_period  # 同期，对新兴市场进出口增长N%: the period of the report, named before
                view = _period_view(per)
                if since and per is t and view:  # “十三五”以来: from the start of the period to the issue
                    view = dict(view, to=issue_iso, rule=view["rule"] + "+since")
                plan_year = per is t and view is not None and not since \
                    and view["from"] <= issue_iso < view["to"] and view["from"].endswith("-01-01") and view["to"].endswith("-12-31") \
                    and not re.search(r"已|了|累计|完成|实现", text[s0:q["start"]]) \
                    and not re.search(r"有|是|在", text[_clause_start(text, q["start"]):q["start"]]) \
                    and any(_plan_sentence(x0, x, text) for x0, x in para_sents)  # 今年还有3项…在申请中: a state
                if view and (_ends_in_a_later_year(view, issue) or per is t and view["from"] > issue_iso or plan_year):
                    # …上海将重点打造…。2019年新增100项…: a period not over after a plan's sentence is the plan's year
                    # a period wholly after the issue (2026年底 in July 2026) has no figure to report yet
                    deadline_ahead = _TO_BEFORE.search(text, max(0, per["start"] - 4), per["start"]) is not None
                    if per is t or deadline_ahead or _BREAKDOWN_START.match(sent.lstrip()) or plan_year:
                        # 2030年…占比达到30%, 到2028年，…。…覆盖率不低于75%, “十五五”时期…目标。其中…:
                        # a figure of a plan, not of a state
                        st = dict(base, modality="", modality_spans=[], deadline=view)
                        targets.append(st)
                        last_level = piece_target = st
                        continue
                    view = None  # a plan's period named earlier in the paragraph dates no report
                st = dict(base, kind="actual", period=view)
                if q.get("change"):
                    st["change"] = {"value": q["value"], "unit": q["unit"], "direction": q["change"]["direction"],
                                    "basis": q["change"]["basis"], "spans": [[q["start"], q["end"]]]}
                observations.append(st)
            last_level = st
            piece_target = st if "deadline" in st else None  # targets carry a deadline, observations a period
        para_sents.append((s0, sent))
        if present:
            para_period = None
        elif ts:  # later sentences inherit a statistical period or an as-of date (截至), never an event's day
            last = ts[-1]
            if text[last["end"]:last["end"] + 1] == "是" and len(ts) == 1:
                last = None  # 今年是…行动计划的收官之年: the sentence says what the year is, it reports no figure of it
            para_period = None if last is None else last if (last["from"] != last["to"] or _as_of(text, last) or _EVENT.search(sent)) else None
        if para_period is not None and para_period["from"] != para_period["to"] and para_period["to"] <= issue_iso:
            doc_period = para_period  # a statistical period already reported, for a later 同期
        future = [x for x in ts if x["to"] and x["to"] > issue_iso
                  and not _STARTS.match(text[x["end"]:x["end"] + 3])]  # 将自3月1日开始…: a start, no deadline
        if future:
            para_deadline = future[-1]
        for m in _TASK.finditer(sent):
            body = m.group("body")
            if len(body) < 2:
                continue
            a, b = s0 + m.start("verb"), s0 + m.end()
            tasks.append({"text": text[a:b], "verb": m.group("verb"), "area": text[s0 + m.end("verb"):b],
                          "owner": owner or owner_default, "speaker": speaker["name"] if speaker else None,
                          "spans": [[a, b]], "evidence": [[s0, s1]]})
    for st in targets + observations:
        st.pop("_sent", None)
        st.pop("_qend", None)
    return {"targets": targets, "observations": observations, "tasks": tasks}
