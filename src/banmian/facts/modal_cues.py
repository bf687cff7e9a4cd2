"""Which occurrences of the modal cue words (确保 力争 争取 预计 预测 计划 将 要 拟 有望) are modal verbs.

The cue words are overloaded: 将 is also the disposal marker (将12种药品纳入, 将航道水深由6米提升至8米), 要 starts
nouns (要求, 要素, 要点), 计划 and 预测 are nouns too (行动计划, 预测预警), 争取 also means obtaining (争取国家资金N万元),
and 可能/或将 mark a possibility, not a plan. The senses read from the cue's neighbours alone are in modality.py;
this module scans a span of a sentence for the first cue that survives them and the checks that read the rest of
its clause (the disposal's object and result verb). Which figure a cue governs is a separate decision, made in
modal_scope.py once the cue is known to be a modal verb.
"""
from __future__ import annotations

import re

from .clauses import _bracketed, _window_start
from .cues import TARGET_MODALITIES, alternation
from .modality import (habitual, inside_noun_phrase, jiang_is_noun, jihua_is_noun, past_obligation, retrospect,
                       routine_paragraph)

_MODAL = re.compile(alternation(TARGET_MODALITIES))
_YAO_BAD_BEFORE = set("主重需只必纲摘首紧想提概扼都")  # 100%都要抽: a rule for every case, not a plan
_YAO_BAD_AFTER = ("求", "素", "点", "闻", "害", "件", "是", "领", "价")  # 要价: the price asked
# 快要/就要…了 (50万斤柑橘快要卖完了, 今年3月他就要回原单位了, “七一”就要到了): the aspect of what is about to happen, not a
# plan's obligation
_YAO_IMMINENT = re.compile(r"[^，。；！？\n]{0,14}?了")
_YAO_IMMINENT_BEFORE = set("快就")
# 要 right before an amount (买个袋子要8毛钱, 调运周期要30天左右): the verb of what a thing costs or takes, not a modal
_YAO_COSTS = re.compile(r"[约近超]?\d")
# the words that ask why, with the adverb that may follow them (为何还…, 为什么又…)
WHY_ASKED = r"(?:为何|为什么|何必|凭什么)(?:还|又|却|偏)?"
# 为何要…？, 为什么要…？: a question about the reasons for what was decided or done, not a plan's obligation
_YAO_WHY = re.compile(rf"(?:{WHY_ASKED}|干嘛(?:还|又|却|偏)?)$")
_JIANG_BAD_AFTER = ("近", "军", "领", "士")
# 并将确保…, 均将力争…: after an adverb (并, 均, 都…), a 将 right before another cue is the future auxiliary, not the
# disposal marker (whose object is a noun phrase, never a verb of striving or securing)
_CUE_AFTER_BING_JIANG = ("确保", "力争", "争取", "要")
_JIANG_BAD_BEFORE = set("即")  # 即将 stays future, but 将 alone is the cue; both accepted below
_BA = ("其", "该", "这", "此", "原", "所有", "相关", "各", "全部", "一", "两", "第")  # 将第五批N颗卫星送入…: an ordinal object
_BA_VERBS = re.compile(r"纳入|列入|作为|视为|转化为|变为|列为|确定为|打造成|建成")
# verbs of result that follow the object of a disposal 将 (将[object]划分成…): only after an object of 2+ characters
_BA_RESULT = re.compile(r"设定在|确定在|划分成|划分为|分成|下调为|下调至|上调为|上调至|调整为|设定为|设为|改为|定为|偷走|拿走|抢走|带走|"
                        r"移送|移交|交由|交给|划入|并入|归入|写入|接入|通报|曝光|退还|返还|压缩|予以|合并|整合|"
                        # goods carried somewhere (将自家种植的500斤白菜…无偿运送到工地, 将N个包裹派送到…)
                        r"运送到|运往|运到|运抵|送到|送往|派送到|转运到|"
                        # an object sorted, placed or handed down (将建议归纳为N个大类, 将设备定位到N头, 将审批权限下放至省级)
                        r"归纳为|归纳成|归类为|定位到|定位于|定位为|下放至|下放到|下放给")
# a disposal 将 whose object changes by a printed amount (将航道水深由6米提升至8米, 将起付线降低50%): a measure, not a forecast
_BA_CHANGE = re.compile(r"(?!进一步|使|让|令|带动|推动|促进|拉动|助力|帮助|持续|继续|大幅|有效|逐步|全面|再|力争|努力|明显|显著|分别|比|较|同比|年均|平均|每年|"
                        r"稳步|快速|逐年|有望|可能|可以|能够|也|还|都|会|基本)"
                        r"[\u4e00-\u9fff“”]{2,16}?(?:由[^，。；]{1,12}?(?:提升|提高|降低|增加|减少|下降|扩大|缩短)(?:至|到|为)|"
                        r"(?:降低|下调|上调|压缩|缩短)(?:到|至)?约?\d|"
                        # an object raised or cut by an amount (系统将仓库周转效率提升40%): the result of a measure, as
                        # 降低50% (将使收入提高5%, 将带动…增加N: the future of what a measure makes change)
                        r"(?:提升|提高|增加|减少)约?\d|"
                        # a result verb of depth, height, width or length by an amount (将主槽冲深2.35米, 将堤身加高2米)
                        r"(?:刷深|冲深|挖深|加深|加高|抬高|加宽|拓宽|加厚|延长)约?\d|"
                        # 将瓷胎中石英含量提升至N: the object is a noun phrase with a place word (中/内) or a 的
                        r"[^，。；]*?[中内的][\u4e00-\u9fff]{1,8}(?:提升|提高|降低|增加|减少|扩大|缩短)(?:至|到))")
# a disposal 将 whose object is put to a use or launched (30%的商户将补贴资金用于设备更新, 它将约5吨的物资平稳运抵山顶): not
# after a passive (将被/将由…送入轨道: the future) or an adverb alone (资金将主要用于…: the future); an object of 用于 holds
# no figure (国防部将拨款N亿美元用于…: the figure is what 将 plans)
_BA_USE = re.compile(r"(?!被|由|先被|先由|主要|全部|全额|专项|优先|重点|集中|继续|进一步|大部分|部分|全力|更多)"
                     r"(?:[^，。；！？]{2,16}?送入|[^\d，。；！？]{2,16}?用于)")
# a disposal 将 whose object is kept at a level (将…利率继续维持在N不变) or held under a limit (将城镇调查失业率控制在N以内):
# the level a decision sets, bare; not 将继续维持在N, 将控制在N (no object: the future)
_BA_KEEP = re.compile(r"(?!继续|持续|仍|还|基本|大致|总体|有望|可能|会|严格|有效|进一步|力争|努力)[\u4e00-\u9fff“”、]{2,30}?(维持|控制)在")


def disposal_keeps(sent: str, verb: str) -> bool:
    """Does a disposal 将 in ``sent`` keep its object at a level with ``verb`` (维持 or 控制: ``_BA_KEEP``)? The one
    definition of the 将…维持在/控制在 decision, read as no future here and as a decision's bare level in changes.py."""
    return any((k := _BA_KEEP.match(sent, m.end())) is not None and k.group(1) == verb for m in re.finditer("将", sent))


# a disposal 将 whose verb takes the perfective 了 (将…卖到了超市, 将…种上了竹子): what was done, not the future; not
# 将会/将要/将于 (the future auxiliary) nor 了解/了不起 (words of their own)
_BA_DONE = re.compile(r"(?!会|要|于|在|可|能|是)[^，。；！？“”]{1,20}?了(?![解不结如却断])")
_BA_FROM = re.compile(r"(?<![已经均都并曾])将(?!进一步|持续|继续|大幅|有效|逐步|全面|再|力争|努力)[\u4e00-\u9fff“”]{2,16}?(?:由|从)[^，。；]{0,20}$")
# a disposal 将 up to the level its object is raised to (授权…扩展…，将面积扩展到N; 该工程将…能力提升至N): the level of a
# measure's object, as _BA_FROM's (read in statements.py only where no other cue, goal or future time governs the figure)
_BA_TO = re.compile(r"(?<![已经均都并曾])将(?!进一步|持续|继续|大幅|有效|逐步|全面|再|力争|努力)[\u4e00-\u9fff“”]{2,16}?"
                    r"(?:扩展|扩大|提高|提升|增加)(?:到|至)[约近]?$")
# 预测 with a short object that closes its clause (预测销量，, 精准预测需求。): the activity, not a forecast of the figures
# after it (not 预测称, 预测说: an attribution)
_FORECAST_ACTIVITY = re.compile(r"(?![称说道])[\u4e00-\u9fff]{1,6}[，,。；]")
# 争取国家资金N万元: funds obtained (a report), not a target
_OBTAINED_AFTER = re.compile(r"(?:到|了)?(?:国家|中央|省级|省|市级|上级|各级|各类|专项|社会)?[\u4e00-\u9fff]{0,4}?(?:资金|项目资金|投资|补助|支持资金|任务|指标)")
# 争取到65万元资金, 争取到12个国家的支持, 争取来30万元: 到/来 is the result (secured), not a deadline as in 争取到2025年…
_OBTAINED_FIGURE_AFTER = re.compile(r"(?:到(?!\d{4}年|\d{1,2}月)|来)\d")
# 累计争取中央资金N亿元, 已争取…, 新争取…项目N项: an adverb of accumulation or completion makes 争取 a result (obtained)
_OBTAINED_ADVERB = re.compile(r"(?:累计|已经|已|共计|共|先后|成功|(?<!创)新)$")
# 模拟, 虚拟, 比拟: 拟 ends a word (simulate, virtual, compare), 拟合 starts one (fit): it is not the modal 拟 (plan to)
_NI_WORD_BEFORE = set("模虚比")
_NI_WORD_AFTER = "合"
# a verb of revision right after 预测 (增长预测下调至…, 预测分别上调…): 预测 is the noun the revision acts on
_REVISED_AFTER = re.compile(r"(?:分别|均|再次|进一步)?(?:下调|上调|调低|调高|调降|调升|下修|上修)")
_POSSIBLE_BEFORE = re.compile(r"(?:可能|或将|或许|也许)[^，。；、\d]{0,6}$")


# a goal, then (a date and) the disposal 将 of its object: 目标是将…, 最终目标是到2022年将…
_GOAL_BEFORE_JIANG = re.compile(r"目标(?:是|为)[^，。；]{0,10}$")
_AUXILIARIES = ("将", "要")  # future/obligation auxiliaries inside a clause that a fronted frame may govern


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
            if m.start() > 0 and sent[m.start() - 1] in _YAO_IMMINENT_BEFORE and _YAO_IMMINENT.match(sent, m.end()):
                continue  # 快要卖完了: about to happen
            if _YAO_WHY.search(sent, max(0, m.start() - 4), m.start()):
                continue  # 为何要投资N亿元，建设…？: a question why something was decided, not a plan's obligation
            if _YAO_COSTS.match(sent, m.end()):
                continue  # 大设备要30多万元一台: what a thing costs, a verb of its own
        if w in _AUXILIARIES and habitual(sent, _window_start(sent, m.start(), 0), m.start()):
            continue  # 每天都要消毒4次: a routine, not a plan
        if w == "要" and past_obligation(sent):
            continue  # “过去村民为了看病，要走上十几里山路…”: what had to be done then
        if w == "要" and routine_paragraph(text, s0 + m.start()):
            continue  # 他们要走450米…一个夜班下来，要走20公里以上: the obligation of a routine
        if w == "将":
            if _GOAL_BEFORE_JIANG.search(sent, max(0, m.start() - 14), m.start()):
                continue  # 目标是将吸烟者的数量…减少10％, 目标是到2022年将…降至39%: the disposal marker of a goal (see
                # _GOAL_DISPOSAL in statements.py)
            if sent.startswith(_JIANG_BAD_AFTER, m.end()) or jiang_is_noun(sent, m.start()):
                continue  # 将领, 名将: nouns
            nxt = sent[m.end():m.end() + 1]
            if nxt == "把":
                return m  # 将把…提升至50%: 把 is the disposal marker, 将 the future auxiliary
            if nxt.isdigit() or nxt.isascii() and nxt.isalpha() or sent.startswith(_BA, m.end()):
                continue  # 将12种药品纳入, 将AI系统部署到…: the disposal marker, not the future
            if sent[max(0, m.start() - 1):m.start()] in ("已", "经", "均", "都", "并", "曾") \
                    and not sent.startswith(_CUE_AFTER_BING_JIANG, m.end()):
                continue  # 已将储备的化肥…调运: the disposal marker after an adverb of the past (not 并将确保N, 均将力争N,
                # 某都将力争N: a 将 right before another cue takes no object, it is the future auxiliary before the goal's
                # own cue, which it outranks as the first of two side by side; a 都 may also end a place name, 成都)
            clause_end = min([i for i in (sent.find("，", m.end()), sent.find("。", m.end())) if i >= 0] or [len(sent)])
            ba = _BA_VERBS.search(sent, m.end(), clause_end)
            if ba is not None and ba.start() > m.end():
                continue  # 将…纳入/作为…: disposal, not the future (将建成N处: no object between, the future)
            if _BA_RESULT.search(sent, m.end() + 2, clause_end):
                continue  # 将全区划分成N个网格, 将…下调为…的30%, 将…现金偷走: a disposal with its object first
            if _BA_USE.match(sent[:clause_end], m.end()):
                continue  # 将减税红利用于研发, 将N吨的载荷送入太空: a disposal
            if _BA_KEEP.match(sent[:clause_end], m.end()):
                continue  # 将利率维持在0.0%不变: a disposal, the kept level is the decision's
            if _BA_DONE.match(sent[:clause_end], m.end()):
                continue  # 当天就将新采的N公斤蘑菇卖到了超市: a disposal of what was done (了), not the future
            if _BA_CHANGE.match(sent[:clause_end], m.end()):
                continue  # 将水深由6米提升至8米, 将起付线降低50%: a disposal with a change of its object
        if w == "争取" and _OBTAINED_AFTER.match(sent, m.end()) and re.match(r"[^，。；]{0,12}\d", sent[m.end():]):
            continue  # 争取国家资金5900万元: obtained
        if w == "争取" and _OBTAINED_FIGURE_AFTER.match(sent, m.end()):
            continue  # 争取到6万个口罩: obtained
        if w == "争取" and _OBTAINED_ADVERB.search(sent, max(0, m.start() - 2), m.start()):
            continue  # 累计争取资金N亿元, 新争取试点项目N项: obtained
        if w == "争取" and sent.startswith("了", m.end()):
            continue  # 为他争取了补偿资金N元: 了 marks it done, obtained
        if w in ("确保", "力争") and sent.startswith("了", m.end()):
            continue  # 一年来确保了N场活动安全举办: 了 marks what was secured, a report, not a goal
        if w == "确保" and retrospect(sent):
            continue  # 近年来，某市逐一核对名单，确保N人实现参保: what the recent years secured, a report
        if w == "拟" and (m.start() > 0 and sent[m.start() - 1] in _NI_WORD_BEFORE or sent.startswith(_NI_WORD_AFTER, m.end())):
            continue  # 模拟自然礁体结构, 最拟合…的节奏: a verb of its own
        if w == "预测" and (sent.startswith(("预警", "的", "值", "数据", "结果", "和", "分析", "模型", "、"), m.end())
                           or sent[m.start() - 1:m.start()] in ("的", "和", "与")):
            continue  # 强化预测预警, 预测、控制、探明储量 (the kinds of reserves listed): the noun
        if w == "预测" and _FORECAST_ACTIVITY.match(sent, m.end()):
            continue  # 通过大数据预测销量，…: forecasting as an activity, whose object ends its clause; it frames no figure
        if w == "预测" and _REVISED_AFTER.match(sent, m.end()):
            continue  # 将今年增长预测分别下调至3%和2.5%: the forecast is the object a revision changes, the noun
        if w == "计划" and sent[m.start() - 1:m.start()] in ("”", "\"", "’"):
            continue  # “特岗教师”计划增招5000人: the end of a plan's name, not a modal verb
        if w == "计划" and re.search(r"\d[余多]?(?:个|户|名|人|家|所|座)$", sent[max(0, m.start() - 4):m.start()]):
            continue  # 7个计划脱贫村…已达98%, 202户计划脱贫户: counted things the plan names (a noun modifier)
        if w == "计划" and jihua_is_noun(sent, m.end()):
            continue  # 冬春季航班计划，…/按照投运计划安排: the noun
        if w == "计划" and (sent.startswith(("单列", "总投资", "生育", "面积", "总量", "任务量", "数的", "值", "规模", "实施规模"), m.end())
                           or "占" in sent[max(0, m.start() - 4):m.start()] or sent[m.start() - 1:m.start()] == "按"):
            continue  # 占计划面积的75.8%: the noun
        if w == "计划" and re.search(r"(?:按|按照|依|依照|根据|原|超|超额|完成)$", sent[max(0, m.start() - 2):m.start()]):
            continue  # 按计划推进, 完成计划: the noun
        if w == "计划" and sent[max(0, m.start() - 2):m.start()] in ("行动", "工作", "发展", "实施", "五年", "年度", "规划", "投资", "研发", "专项"):
            continue  # 行动计划: a noun
        if w == "计划" and re.search(r"(?:该|此|这一|这个|上述|本)$", sent[max(0, m.start() - 2):m.start()]):
            continue  # 该计划由…制定，涵盖38项战略目标: a plan referred back to, the noun
        if w == "预计" and sent.startswith(("需", "的", "数", "值", "用量"), m.end()) and sent[m.start() - 1:m.start()] in ("占", "的", "于", "比"):
            continue  # 占预计需求量的X%: a noun, not a forecast
        return m
    return None
