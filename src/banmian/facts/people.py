"""People: officials with organisation and posts, reporters and contributors kept apart.

Officials are found from their posts, which are a closed vocabulary (cues.POSTS):
``市发改委党组书记、主任赵建林`` is [org][post]、[post][name]. For every post
followed by a plausible name (a known surname, 2-3 characters, then a boundary
or a speech verb), the chain of posts is walked back over ``、`` and the text up to
the previous boundary becomes the organisation. Reporters are found apart, in
:mod:`banmian.facts.reporters`.
"""
from __future__ import annotations

import re

from .cues import (COMPOUND_SURNAMES, FOREIGN_LEADER_POSTS, JAPANESE_SURNAMES, ORG_LEAD_STRIP, SURNAMES, TITLES_AFTER_NAME,
                   TRANSLIT, WEAK_POSTS)
from .name_shapes import (LONGEST_TRANSLITERATED_NAME, emperor_named_first, ends_on_its_own, extend_to_closure,
                          japanese_minister_name_len, name_then_date_preposition, name_then_one_character_word,
                          name_then_verb_word, speaker_line_name, starts_with_common_noun, starts_with_common_verb,
                          starts_with_common_word, tagged_as_name, tibetan_name_len, vietnamese_name_len)
from .name_guards import leader_name_len, marks_a_former_post, name_closed_by_a_verb, read_as_time_word, word_flag_at
from .places import place_ends_at
from .posts import (POST_RX as _POST_RX, begins_org, consultative_member, group_role, member_outside_an_appointed_group,
                    post_len_at, post_matches, serves_post_holder)

__all__ = ["find_officials", "actor_id"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_BOUNDARY = set("，。；：！？（）()“”‘’《》〈〉「」『』\n \t　,.;:!?、—…·")
_VERB_AFTER = ("如是", "表示", "介绍", "指出", "强调", "告诉", "认为", "主持", "出席", "说", "在", "等", "同志", "一行", "带队",
               "陪同", "提出", "坦言", "谈到", "谈及", "透露", "答", "称", "代表", "参加", "会见", "看望", "调研", "讲话",
               "作", "向", "对", "和", "与", "到", "来", "带领", "率", "也", "还", "就", "一直", "接受", "宣布", "回忆", "深有",
               "分别", "先后", "共同", "一同", "亲切", "正", "带头", "坦言", "感慨", "笑着", "指着", "现场", "专门", "通过",
               "笑言", "道出", "难掩", "倍感",  # 某某笑言：, 某某道出原委, 某某难掩激动, 某某倍感振奋
               "乘", "抵达", "离开", "出访", "同", "给", "致", "签署", "发表", "作出", "为", "赴", "前往", "视察", "考察",
               "检查", "参观", "听取", "走访", "慰问", "看望", "会谈", "通电话", "致电", "致信", "复信", "回信", "批示", "批准", "指示",
               "指示", "感谢", "祝贺", "夫人", "夫妇", "和夫人", "答记者问", "就", "近日", "日前", "今天", "昨天", "互致",
               "邀请", "应邀", "宣读", "颁发", "揭牌", "签约", "剪彩", "率团", "率队", "率领", "出面", "牵头", "提到",
               "谈起", "解释", "补充", "建议", "呼吁", "希望", "要求", "认真", "详细", "逐一", "随后", "同时", "则",
               "举行", "于", "荣获", "获得", "当选", "出任", "担任", "带来", "举办", "届时", "已经", "已", "曾",
               "颇为", "十分", "非常", "特别", "感到", "觉得", "坚持", "格外", "再次", "首先", "分析",  # 研究员某某分析
               "将", "要", "即将", "正在", "此前", "此次", "今日", "昨日", "当天", "当日", "同日",
               # a preposition of origin or an adverb of manner (某某从北京带回, 某某专程来到, 某某如此评价, 某某共见记者)
               "从", "专程", "如此", "共见",
               # causes, passives and kinship words that follow a name (…董事长李某因严重违纪, 前总统某某外孙)
               "因", "由于", "涉嫌", "严重", "被", "受到", "之子", "之女", "外孙", "儿子", "女儿", "父亲", "母亲",
               # manner and acts of office after a name (…外交部长某某以视频方式, 国家主席某某任免…, 根据…决定)
               "以", "任免", "任命", "根据", "授予", "签发",
               # a feeling the speaker shows or the manner of an act (…站长某某自豪地说, 党委书记某某激动地说, 某某动情地对
               # 记者说, 主任某某主动请缨)
               "自豪", "骄傲", "激动", "兴奋", "高兴", "欣喜", "动情", "主动",
               # a visit after a leader's name (某国总理某某访华期间, 某某访问): the visit ends a transliterated name
               "访华", "访美", "访日", "访俄", "访欧", "访问",
               "及")  # …委员会主席某某及欧盟高级代表: a conjunction after a name  # auxiliaries and time words end a name too
_NAME_BODY = re.compile(r"[\u4e00-\u9fff]")
_ONE_CHARACTER_AFTER = frozenset(w for w in _VERB_AFTER if len(w) == 1)
_STOP_NAME_CHARS = set("的了是在与及等说表示对为将要把被从到已市省区县委局厅")
_NOT_NAMES = {"关于", "强调", "主持", "提出", "要求", "指出", "表示", "同志", "带领", "高度", "曾经", "多次", "亲自", "向来",
              "常常", "一行", "一直", "还是", "来到", "考察", "视察", "对此", "等人", "重要", "深情", "动情", "特别", "明确",
              "殷切", "充分", "对于", "关心", "关怀", "贺信", "回信", "讲话", "宣布", "席位", "任期", "职务", "严格", "高层",
              # adverbs and words that start with a surname character (主席郑重提出, 部长严肃指出)
              "郑重", "严肃", "严正", "严厉", "高兴", "全面", "全力", "连续", "连连", "陆续", "单独", "时刻", "常年",
              "欧洲", "于是", "毕生", "尚未", "宁可", "应当", "应该", "曾多", "万分", "安排", "和平", "温暖", "热情"}
# posts that follow the name (习近平总书记): only the highest ones, where the order is fixed by usage
_ORG_END = set("院委部局省市会府央国厅办司处所区县党团联协盟")
_POSTS_AFTER_NAME = re.compile(r"(?:总书记|国家主席|主席|副总理|总理|委员长|总统|首相|国王|女王|王储|总督|天皇|(?<!全权)大使(?!馆))")  # 特命全权大使: 全权 is the title's, not a name
_LONGEST_NAME_BEFORE_POST = 8  # 别尔德穆哈梅多夫总统
_CONJ = set("和与同及跟")  # 在习近平主席和某某总统…: a conjunction before the name is not its surname
# before a name printed ahead of its post, 的 ends a phrase, never a country's name (来华访问的某某总统)
_BEFORE_LEADER = _CONJ | {"的"}
_ORG_CUT = ("了", "的", "据", "访", "由", "为", "对", "向", "是",
            # verbs of meeting whose object is the organisation (李某在京会见缅甸外交部长丁某)
            "会见", "会晤", "看望", "慰问", "陪同", "邀请", "出席", "主持", "率领", "致电", "致信", "通电话")


# a group's representative after a post and 、 (青年工人代表, “五老”代表): a role between the post and the name
_GROUP_ROLE = re.compile(r"(?:“[^”]{1,6}”|[\u4e00-\u9fff]{1,6}?)代表")


# a surname and a courtesy title stand for a person whose name is withheld (经理闵先生, 村民刘先生)
_COURTESY = ("先生", "女士", "小姐")
# what a person is known as, after a post and 、 (院士、大气物理专家某某, 教授、2015年诺贝尔…奖获得者某某, 教授、“人民教育家”
# 国家荣誉称号获得者某某): the post before it is the person's, as before a group's representative
_DESCRIPTION = re.compile(r"[^，。；：、\n]{2,24}?(?:专家|获得者|得主)")


_FOREIGN = re.compile(r"[\u4e00-\u9fff]{2,6}(?:·(?:[A-Z]\.?|[\u4e00-\u9fff]{1,8}))*")  # 乔治·W·布什, 某某·汗
# a dash joining two parts of a transliterated name (某某某—某某, a compound surname): read as a dot
_DASH_JOIN = re.compile(r"(?<=[\u4e00-\u9fff])—(?=[\u4e00-\u9fff]{2,4}(?:[，。、；：）)”\s]|$))")
_ONE_CHAR_TAIL_END = set("，。、；：）)”\n")


def _dash_view(text: str, p: int) -> str:
    """``text`` with a dash inside a name starting at ``p`` read as a dot (same length, same offsets)."""
    k = text.find("—", p, p + 12)
    if k < 0:
        return text
    tail = text[k + 1:k + 5]
    if not _DASH_JOIN.match(text, k) or not all(c in TRANSLIT for c in tail[:2]):
        return text
    return text[:k] + "·" + text[k + 1:]


def _dotted_name_len(text: str, p: int, cand: str) -> int:
    """A dotted name whose last part is not transliterated (艾力更·依明巴海, a name of a minority),
    ending right before a boundary or a verb; 0 when a transliterated last part exists (checked after)."""
    if "·" not in cand:
        return 0
    for L in range(len(cand), 1, -1):  # a transliterated last part ends the name wherever it can (布什 + 深信)
        name = cand[:L]
        tail = name.rsplit("·", 1)[-1]
        if "·" in name and not name.endswith("·") and text[p + L:p + L + 1] != "·" and len(tail) >= 2 \
                and all(c in TRANSLIT or "A" <= c <= "Z" or c == "." for c in tail):
            return 0
    for L in range(2, len(cand) + 1):  # the shortest last part before a boundary or a verb (某某·某某某在会上说)
        name = cand[:L]
        end = p + L
        if "·" not in name or name.endswith("·"):
            continue
        tail = name.rsplit("·", 1)[-1]
        if len(tail) > 6:  # up to six characters (a last part of five, some of its characters outside the table)
            break
        if len(tail) == 1 and _longer_last_part_closes(text, end):
            continue  # 苏巴提·苏来曼说: 来 starts no verb here, the last part runs on to 说
        if text.startswith(_VERB_AFTER, end) or text.startswith(("认为", "指出", "表示"), end) or len(tail) >= 2 and (
                end == len(text) or (text[end] in _BOUNDARY and text[end] != "·") or text[end].isdigit()):
            return L
        if len(tail) == 1 and len(name) >= 4 and end < len(text) and text[end] in _ONE_CHAR_TAIL_END:
            return L  # 某某某·汗。: a one-character last part before a boundary
    return 0


_SPEECH_AFTER = ("说", "表示", "介绍", "指出", "认为")


def _longer_last_part_closes(text: str, end: int) -> bool:
    """Does a dotted name's one-character last part ending at ``end`` run on by one or two Han characters to a boundary
    or a speech verb (苏巴提·苏|来曼|说)?"""
    for k in (1, 2):
        extra = text[end:end + k]
        if len(extra) == k and all(_NAME_BODY.match(c) and c not in _STOP_NAME_CHARS for c in extra) \
                and (end + k == len(text) or text[end + k] in _BOUNDARY or text.startswith(_SPEECH_AFTER, end + k)):
            return True
    return False


# two dotted names joined by a conjunction (马克·布朗和彼得·霍尔, 安娜·科赫和索菲·韦伯): the post before them
# is the first one's; a dotted name never runs over 和/与/及 into a second dotted name
_JOINED_NAMES = re.compile(r"(?<=[^·])[和与及](?=[^·]+·)")


def _first_of_joined_names(cand: str) -> str:
    m = _JOINED_NAMES.search(cand)
    return cand[:m.start()] if m and "·" in cand[:m.start()] else cand


def _foreign_name_at(text: str, p: int) -> int:
    """A transliterated name (莱斯特, 马克·安东尼) right after a post, ending at a
    boundary or a speech verb; every character must be a transliteration character."""
    text = _dash_view(text, p)
    m = _FOREIGN.match(text, p)
    if not m:
        return 0
    cand = _first_of_joined_names(m.group(0))
    L = _dotted_name_len(text, p, cand)
    if L:
        return L
    for L in range(len(cand), 1, -1):
        name = cand[:L]
        # in a dotted name only the last part must be transliteration characters (乔治·W·布什 + 深信)
        tail = name.rsplit("·", 1)[-1]
        if name.endswith("·") or not all(c in TRANSLIT or "A" <= c <= "Z" or c == "." for c in tail) \
                or text.startswith(_VERB_AFTER, p + L - 1):  # 某某·马拉佩|日前: the last character starts the next word
            continue
        if "·" in name and len(tail) < 2 and not (len(tail) == 1 and "A" <= tail <= "Z"):
            continue
        end = p + L
        if text[end:end + 1] == "·":
            continue
        if "·" in name:  # a dotted name (乔治·W·布什) is a name whatever follows it, up to a closure one or two
            # characters on (某某·马哈茂德表示: 茂 is not in the table)
            return extend_to_closure(text, end - len(tail), end, _closes_a_name, _posseg()) - p
        if end == len(text) or text[end] in _BOUNDARY or text[end].isdigit() or text[end] == "的" \
                or text.startswith(_VERB_AFTER, end):
            return L
    return _mostly_transliterated_at(text, p, cand)


_LIST_END = set("、，。；")
# 所长赵军贤的手机: 的 closes a name as a boundary does (it is never a character of one, see _STOP_NAME_CHARS), when jieba
# reads a person's name there, no verb or post is inside (秘书长刘奇|作的报告, 主席|和夫人的问候, 县长|任组长的小组) and
# it does not end like a place (岱山县|长涂镇的海滩)
_POSSESSIVE = "的"


def _closed_by_possessive(text: str, p: int, L: int) -> bool:
    return text[p + L:p + L + 1] == _POSSESSIVE and text[p + L - 1] not in _PLACE_END \
        and tagged_as_name(text[p:p + L], _posseg()) \
        and not any(text.startswith(_VERB_AFTER, k) for k in range(p + 1, p + L)) and not _POST_RX.search(text, p, p + L)


def _mostly_transliterated_at(text: str, p: int, cand: str) -> int:
    """An undotted name of 3-6 characters closed by a list or clause mark or a verb, all of them but one in the
    transliteration table, the first and the last among them (别克捷诺夫、…; not 考察时): the table misses rare
    characters, the shape still tells the name."""
    run = cand.split("·", 1)[0][:7]
    for L in range(min(len(run), 6), 2, -1):
        end = p + L
        name = run[:L]
        if end < len(text) and (text[end] in _LIST_END or text.startswith(_VERB_AFTER, end)) \
                and name[0] in TRANSLIT and name[-1] in TRANSLIT \
                and sum(c not in TRANSLIT for c in name) <= 1 and not any(c in _STOP_NAME_CHARS for c in name):
            return L
        if _closes_a_name(text, end) and all(c in TRANSLIT for c in name[:-1]) and name[-1] not in _STOP_NAME_CHARS \
                and not text.startswith(_VERB_AFTER, end - 1) and tagged_as_name(name, _posseg()) and ends_on_its_own(name, _posseg()):
            return L  # 巴特图勒嘎。, 达纳坤表示: the last character missing from the table
    return 0


def _name_at(text: str, p: int) -> int:
    """Length of a person's name starting at ``p`` (0 if none): the rules of :func:`_chinese_name_at`,
    else a transliterated name (古特雷斯 starts like a surname), else the segmenter's person name
    (李某某 followed by a word outside the verb list: ``…董事长李某某严重违纪``)."""
    L = _japanese_name_at(text, p) or vietnamese_name_len(text, p, _closes_a_name) or _chinese_name_at(text, p)
    if L and (text[p] in SURNAMES and starts_with_common_noun(text[p:p + L], _posseg())
              or read_as_time_word(text[p:p + L], _posseg())):
        return 0  # 院士项目, 总书记文艺工作…: a common noun, no surname and given name; 来时: a time word
    if L:
        return L
    L = _foreign_name_at(text, p) or _long_transliterated_name_at(text, p) or tibetan_name_len(text, p, _closes_a_name)
    if L:
        return L
    return _segmented_name_at(text, p) or _closed_four_character_name_at(text, p) \
        or name_closed_by_a_verb(text, p, _posseg()) or leader_name_len(text, p, _posseg())


_JAPAN = "日本"
_JAPANESE_FAMILY_NAMES = tuple(sorted(JAPANESE_SURNAMES, key=len, reverse=True))  # the longest first (长谷川 before 长)
_AFTER_NAME_FLAGS = ("d", "t", "v", "p")  # 山口慎太郎|长期研究, 安倍晋三|此前: an adverb, a time, a verb, a preposition


def _japanese_name_at(text: str, p: int) -> int:
    """A Japanese name (in an article that names Japan): a frequent family name and a given name of one to three
    characters, 3-5 characters in all, the longest closed by a boundary or a verb, or cut by jieba before an adverb, a
    time word, a verb or a preposition (安倍晋三此前表示, 山口慎太郎长期研究, 菅义伟表示)."""
    if _JAPAN not in text:
        return 0
    family = next((f for f in _JAPANESE_FAMILY_NAMES if text.startswith(f, p)), "")
    if not family:
        return japanese_minister_name_len(text, p, _closes_a_name)  # 国土交通大臣某某一郎称: an unlisted family name
    for L in range(min(len(family) + 3, 5), max(len(family), 2), -1):
        name = text[p:p + L]
        if len(name) < L or not all(_NAME_BODY.match(c) for c in name) or any(c in _STOP_NAME_CHARS for c in name[len(family):]):
            continue  # (高市早苗: the family name may hold 市)
        if _closes_a_name(text, p + L) or _next_word_flag(text, p, L) in _AFTER_NAME_FLAGS:
            return L
    return 0


def _next_word_flag(text: str, p: int, k: int) -> str:
    """jieba's tag of the word starting at ``p + k`` when jieba cuts ``text[p:]`` there, else ""."""
    ps = _posseg()
    return "" if ps is None else word_flag_at(ps, text[p:p + k + 4], k)


def _closed_four_character_name_at(text: str, p: int) -> int:
    """A name of four characters closed by a boundary whose first two jieba reads as a name (缅甸国务资政昂山素季。): a
    Burmese or other foreign name that is neither a Chinese nor a table-transliterated one."""
    name = text[p:p + 4]
    if len(name) < 4 or not all(_NAME_BODY.match(c) for c in name) or any(c in _STOP_NAME_CHARS for c in name) \
            or p + 4 < len(text) and text[p + 4] not in _BOUNDARY or _POST_RX.search(name) or name[0] == name[1]:
        return 0  # (殷殷嘱托: a reduplicated word)
    first = next(iter(_posseg().cut(name)), None) if _posseg() else None
    return 4 if first is not None and len(first.word) == 2 and first.flag.startswith("nr") else 0


def _known_name_at(text: str, p: int, known: set[str]) -> int:
    """The length of a name already found in the article that starts at ``p`` (a name read once in the title, where
    a boundary closes it, is read again in the text: 昂山素季专程前往), else 0."""
    return max((len(n) for n in known if text.startswith(n, p)), default=0)


def _closes_a_name(text: str, end: int) -> bool:
    """Does a boundary, a list mark or a verb follow a name ending at ``end``?"""
    return end == len(text) or text[end] in _BOUNDARY or text[end] in _LIST_END or text.startswith(_VERB_AFTER, end)


def _long_transliterated_name_at(text: str, p: int) -> int:
    """A transliterated name of 4-8 characters, the first a surname or a transliteration character and the others all
    transliteration characters: longer than any Chinese name with one surname. It is closed by a boundary or a verb
    (冯德莱恩表示), else, when it starts with a transliteration character, by the end of the run of such characters
    (哈夫塔尔协商; jieba would cut both after two characters)."""
    if p >= len(text) or text[p] not in SURNAMES and text[p] not in TRANSLIT or text[p] in _CONJ \
            or text[p:p + 2] in COMPOUND_SURNAMES:
        return 0
    runs = [L for L in range(LONGEST_TRANSLITERATED_NAME, 3, -1) if p + L <= len(text) and all(c in TRANSLIT for c in text[p + 1:p + L])
            and not any(c in _STOP_NAME_CHARS for c in text[p + 1:p + L])]
    closed = next((L for L in runs if _closes_a_name(text, p + L)), 0)
    if closed or text[p] not in TRANSLIT:
        return closed
    L = next((L for L in runs if p + L < len(text) and text[p + L] not in TRANSLIT), 0)
    return L if L and _segmenter_cuts_at(text[p:p + L + 4], L) else 0  # not 特朗普|多次: the run ends inside a word


def _segmenter_cuts_at(window: str, k: int) -> bool:
    """Does jieba put a word boundary at offset ``k`` of ``window``?"""
    ps = _posseg()
    if ps is None:
        return False
    end = 0
    for w in ps.cut(window):
        end += len(w.word)
        if end >= k:
            return end == k
    return False


_SEG_CACHE: dict = {}
# jieba's tags of a Chinese person's name: nr, and nrfg for names it knows whole (习近平|高度重视, 吴欣娟|讲述)
_PERSON_FLAGS = ("nr", "nrfg")
_PLACE_END = set("乡镇村县市区省州路街巷")  # 县长某岭乡: a place, not a name


def _segmented_name_at(text: str, p: int) -> int:
    """A 2-3 character name starting with a surname that jieba tags as a person name (``nr``)."""
    if p >= len(text) or not _NAME_BODY.match(text[p]):
        return 0
    surname = text[p] in SURNAMES or text[p:p + 2] in COMPOUND_SURNAMES
    if not surname and text[p] not in TRANSLIT:
        return 0
    window = text[p:p + 8]
    ps = _posseg()
    if ps is None:
        return 0
    toks = list(ps.cut(window))
    for i, w in enumerate(toks):
        word, flag = w.word, w.flag
        if len(word) == 2 and word[0] == word[1]:
            return 0  # 殷殷嘱托: a reduplicated word
        nxt = toks[i + 1].word if i + 1 < len(toks) else ""
        if len(word) == 2 and len(nxt) == 1 and _NAME_BODY.match(nxt) and not text.startswith(_VERB_AFTER, p + 2) \
                and nxt not in _STOP_NAME_CHARS:
            return 0  # 赵军|贤|的: a lone character after two is the end of a three-character name
        if flag in ("nr", "nrt") and 2 <= len(word) <= 5 and all(c in TRANSLIT for c in word):
            return len(word)  # 尼克松 + 外孙: a transliterated name before a word outside the verb list
        if not surname:
            return 0
        if flag in _PERSON_FLAGS and 2 <= len(word) <= 3 and all(_NAME_BODY.match(c) for c in word) and word[:2] not in _NOT_NAMES \
                and not any(c in _STOP_NAME_CHARS for c in word[1:]) and text[p + len(word):p + len(word) + 1] not in _PLACE_END:
            return len(word)
        return 0
    return 0


def _chinese_name_at(text: str, p: int) -> int:
    """Length of a Chinese name starting at ``p`` (0 if none)."""
    n = len(text)
    if p < n and text[p] not in SURNAMES and text[p:p + 2] not in COMPOUND_SURNAMES:
        return _foreign_name_at(text, p)
    if "·" in text[p + 2:p + 5]:  # 马克·安东尼: a transliterated name that starts like a surname
        return _foreign_name_at(text, p)
    if "—" in text[p + 2:p + 7] and _dash_view(text, p) is not text:  # 某某某某—某某: a dash inside the name
        return _foreign_name_at(text, p)
    compound = text[p:p + 2] in COMPOUND_SURNAMES
    if not compound and (p >= n or text[p] not in SURNAMES):
        return 0
    lengths = (4, 3) if compound else (3, 2)
    if text[p:p + 2] in _NOT_NAMES:
        return 0
    for L in lengths:  # a punctuation boundary right after the name decides first
        if p + L <= n and all(_NAME_BODY.match(c) for c in text[p:p + L]):
            if p + L == n or text[p + L] in _BOUNDARY or text[p + L].isdigit() or _closed_by_possessive(text, p, L):
                if not any(c in _STOP_NAME_CHARS for c in text[p + 1:p + L]):
                    return name_then_date_preposition(text[p:p + L + 1], _posseg()) or L  # 普京|于|19日
    best, best_verb = 0, 0
    for L in lengths:  # then a speech or action verb; the split with the longer verb wins (冯某|颇为 over 冯某颇|为)
        if p + L < n and all(_NAME_BODY.match(c) for c in text[p:p + L]) and not any(c in _STOP_NAME_CHARS for c in text[p + 1:p + L]):
            v = max((len(w) for w in _VERB_AFTER if text.startswith(w, p + L)), default=0) \
                or (tagged_as_name(text[p:p + L], _posseg()) and (post_len_at(text, p + L) or _title_len_at(text, p + L)))
            if v > best_verb:
                best, best_verb = L, v
    if best == 3 and best_verb == 1:
        # 孙雯|发来, not 孙雯发 and 来; 王明|也|说, not 王明也 and 说
        best = name_then_verb_word(text[p:p + 6], _posseg()) \
            or name_then_one_character_word(text[p:p + 6], _posseg(), _ONE_CHARACTER_AFTER) or best
    elif best == 3:  # 范明|就|共同…, not 范明就 and 共同
        best = name_then_one_character_word(text[p:p + 6], _posseg(), _ONE_CHARACTER_AFTER) or best
    if best or compound:
        return best
    # a four-character name (a double surname, 林郑某某) only before a boundary or a digit, and only when
    # none of its last two characters starts a verb (习近平给71…: 习近平 + 给)
    if p + 4 <= n and all(_NAME_BODY.match(c) for c in text[p:p + 4]) and text[p:p + 2] not in _NOT_NAMES:
        if (p + 4 == n or text[p + 4] in _BOUNDARY and text[p + 4] != "·" or text[p + 4].isdigit()) \
                and not any(c in _STOP_NAME_CHARS for c in text[p + 1:p + 4]) \
                and not any(text.startswith(_VERB_AFTER, k) for k in (p + 2, p + 3)) \
                and text[p] != text[p + 1] and _segmenter_says_name(text[p:p + 4]):
            return 4
    return 0


def _title_len_at(text: str, k: int) -> int:
    """The length of a title printed after a name at ``k`` (乔杰院士、…), else 0."""
    return next((len(t) for t in TITLES_AFTER_NAME if text.startswith(t, k)), 0)


def _list_item_at(text: str, p: int) -> int:
    """A name of a list after one post (副委员长某某、白玛某某、洛桑某某): inside the list, a run of 2-4 Han
    characters between ``、`` and a boundary is a name even when it starts with no surname (Tibetan, Mongolian)."""
    k = p
    while k < len(text) and _NAME_BODY.match(text[k]) and k - p < 5:
        k += 1
    L = k - p
    if not 2 <= L <= 4 or k >= len(text) or text[k] not in "、，。；":
        return 0
    run = text[p:k]
    if any(c in _STOP_NAME_CHARS for c in run) or run[:2] in _NOT_NAMES or _POST_RX.search(run) \
            or run[-1] in _ORG_END or run[-1] in "室科组院所站队团社厂校馆镇乡街" \
            or run[-1] == "村" and (L < 4 or run[0] in SURNAMES or not _HAN.match(run[0])):
        return 0  # 主任某某、办公室: an organisation ends the list
    return L


def _posseg():
    if "posseg" not in _SEG_CACHE:
        try:
            import logging

            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            _SEG_CACHE["posseg"] = jieba.posseg
        except ImportError:  # pragma: no cover - jieba is a core dependency
            _SEG_CACHE["posseg"] = None
    return _SEG_CACHE["posseg"]


def _segmenter_says_name(word: str) -> bool:
    """Is the first word of ``word`` a person's name to jieba (林郑|月娥; not 战略|沟通, nor 马某|上门: a frequent word)?"""
    ps = _posseg()
    if ps is None:
        return False
    w = next(iter(ps.cut(word)), None)  # 叶某某|家: a three-character name and a noun is no four-character name
    return w is not None and w.flag.startswith("nr") and len(w.word) in (2, 4) and not starts_with_common_word(word[2:], ps)


_JIAN_REACH = 12  # 主席兼经济、教研部长: how far a post joined by 兼 may be from the next one


def _post_joined_before(text: str, k: int, seg_start: int, posts: list, ends: dict):
    """The post joined to the one starting at ``k``: by 兼 first (副市长兼秘书长, 主席兼经济、教研部长;
    国务委员兼国防部长 binds tighter than the 、 before 国务委员), else by a 、 right before its run."""
    for q in reversed(posts):
        if q.end() < k and text[q.end():q.end() + 1] == "兼" and k - q.end() <= _JIAN_REACH:
            if not any(c in _BOUNDARY and c != "、" for c in text[q.end():k]) \
                    and not any(q.end() < r.start() and r.end() <= k for r in posts):  # 众议员兼…主席某某、参议员
                return q
    if seg_start > 0 and text[seg_start - 1] == "、" and (seg_start - 1) in ends:
        if not any(seg_start <= q.start() and q.end() <= k for q in posts):  # 委员、副委员长李某…会见外交部长丁某
            return ends[seg_start - 1]
    return None


def _strip_org(org: str) -> tuple[str, int]:
    """Strip leading verbs/particles from an organisation candidate; return (org, chars removed)."""
    cut = 0
    for c in _ORG_CUT:  # 记者近日专访了市发改委 -> 市发改委
        k = org.rfind(c)
        if k >= 0 and k + len(c) > cut:
            cut = k + len(c)
    org2 = org[cut:]
    changed = True
    while changed and org2:
        changed = False
        for w in ORG_LEAD_STRIP:
            if org2.startswith(w) and len(org2) > len(w):
                org2 = org2[len(w):]
                cut += len(w)
                changed = True
                break
    if len(org2) > 24:  # a clause, not an organisation
        return "", len(org)
    return org2, cut


def _quoted_org_before(text: str, s: int) -> tuple[int, int] | None:
    """The organisation printed in quotes right before a post (“国民军”领导人某某): the span inside the quotes."""
    if text[s - 1:s] != "”":
        return None
    a = text.rfind("“", max(0, s - 12), s - 1)
    if a < 0 or any(c in _BOUNDARY for c in text[a + 1:s - 1]):
        return None
    return a + 1, s - 1


def _org_before_a_bracket_note(text: str, s: int) -> tuple[int, int] | None:
    """The organisation before a bracketed note that stands between it and the post (某研究所（以下简称“某所”）研究员):
    the span up to the bracket."""
    if text[s - 1:s] != "）":
        return None
    a = text.rfind("（", max(0, s - 30), s - 1)
    if a <= 0 or "简称" not in text[a:s]:
        return None
    j = a
    while j > 0 and text[j - 1] not in _BOUNDARY:
        j -= 1
    return (j, a) if a > j else None


# words right before a name that heads a clause (是某某总书记, 在某某总书记…下, 和某某总书记, 经某某主席批准)
_BEFORE_NAME_FIRST = set("是在和与同及由经对向") | _BOUNDARY


def _name_before_top_post(text: str, m: re.Match) -> bool:
    """Is the post ``m`` 总书记 (which follows a name by usage; 总理, 总统… follow a country or a body as often) preceded by a
    three-character name that opens its phrase (是习近平总书记, 和金正恩总书记)? Then what follows the post is no name."""
    s = m.start()
    # (挂着习近平总书记和她坐…: after a verb's particle, a name jieba knows as one also opens the object)
    return m.group(0) == "总书记" and s >= 3 and text[s - 3] in SURNAMES \
        and (s == 3 or text[s - 4] in _BEFORE_NAME_FIRST or _whole_name_to_jieba(text[s - 3:s])) \
        and all(_NAME_BODY.match(c) for c in text[s - 3:s])


def _whole_name_to_jieba(word: str) -> bool:
    """Does jieba read all of ``word`` as one person's name (习近平)?"""
    ps = _posseg()
    w = next(iter(ps.cut(word)), None) if ps is not None else None
    return w is not None and w.word == word and w.flag.startswith("nr")


_REPRESENT = "代表"


def _represents_a_post_holder(text: str, m: re.Match, p: int, L: int) -> bool:
    """Is the bare 代表 ``m`` a verb between two names, the second followed by its own post (某某代表习近平主席)?"""
    s = m.start()
    return m.group(0) == _REPRESENT and post_len_at(text, p + L) > 0 \
        and any(k >= 0 and _name_at(text, k) == s - k for k in (s - 3, s - 2))


# a name heading a line with its posts in brackets after it, a deputy's 代表 between (某某代表（北京市委书记）⏎, the
# statements of deputies): the posts are that person's
_BRACKETED_POSTS_HEAD = re.compile(r"(?:^|(?<=\n))(?P<name>[\u4e00-\u9fff]{2,3}?)(?:代表|委员)?（(?P<posts>[^（）\n]{2,40})$")


def _name_before_bracketed_posts(text: str, p: int) -> tuple[int, int] | None:
    """The name of the post ending at ``text[p]`` when it closes a bracket after a name heading its line, else None."""
    if text[p:p + 1] != "）" or not (p + 1 == len(text) or text[p + 1] == "\n"):
        return None
    line = text.rfind("\n", 0, p) + 1
    m = _BRACKETED_POSTS_HEAD.match(text[line:p])
    if m is None or _name_at(text, line) != len(m.group("name")):
        return None
    return line, len(m.group("name"))


def find_officials(text: str) -> list[dict]:
    """Officials: ``name``, ``org``, ``posts`` with offsets (``name_span``, ``org_span``, ``post_spans``)."""
    out: list[dict] = []
    posts = post_matches(text)
    ends = {m.end(): m for m in posts}
    used_names: set[int] = set()
    known_names: set[str] = set()
    name_ends: set[int] = set()
    for m in posts:
        p = m.end()
        if text[p:p + 1] in ("”", '"', "’"):  # “第一书记”张某: the post in quotes
            p += 1
        L = _name_at(text, p) or _known_name_at(text, p, known_names)
        if not L and text[p:p + 1] == "、":  # 教授、“五老”代表某某: a group's representative holds the post before
            r = _GROUP_ROLE.match(text, p + 1)
            if not (r and group_role(text, r.end() - 2)):
                r = _DESCRIPTION.match(text, p + 1)  # 院士、防护工程专家某某: a description, no post, before the name
            if r and _name_at(text, r.end()):
                p = r.end()
                L = _name_at(text, p)
        if not L and (spoken := speaker_line_name(text, p)):
            p, L = spoken  # 中心主任  丁  伟⏎: a speaker line, the name set apart by spaces
        if not L and (noted := _name_before_bracketed_posts(text, p)):
            p, L = noted  # 某某代表（某省委书记、省人大常委会主任）: the posts in brackets after the name
        if L and text.endswith(_COURTESY, p, p + L):
            continue  # 公司经理闵先生: a surname and a courtesy title, no name
        if not L or p in used_names or _POST_RX.match(text, p):
            continue  # 总统特别代表某某: what follows a post may be the next post, not a name
        if _name_before_top_post(text, m):
            continue  # 是习近平总书记时隔7年…, 和金正恩总书记: the name stands before the post, what follows is no name
        if _represents_a_post_holder(text, m, p, L):
            continue  # 戴秉国代表习近平主席: the verb "on behalf of"; the name after takes the post printed after it
        # walk back the chain of posts: [org]post、[org]post...
        chain = [m]
        cur = m
        while True:
            k = cur.start()
            # orgless continuation directly before: 党组书记、主任 / 常委、副市长
            seg_start = k
            while seg_start > 0 and text[seg_start - 1] not in _BOUNDARY:
                seg_start -= 1
            prev = _post_joined_before(text, k, seg_start, posts, ends)
            if prev is not None and (prev in chain or prev.start() in name_ends and prev.group(0) in TITLES_AFTER_NAME):
                prev = None  # 乔杰院士、某队队长…: a title after the name before is no post of the next person
            if prev is None:
                break
            chain.insert(0, prev)
            cur = prev
        elements = []  # (org_start, org_end, post match)
        for idx, pm in enumerate(chain):
            s = pm.start()
            j = s
            while j > 0 and text[j - 1] not in _BOUNDARY:
                j -= 1
            # a preceding post inside the same run (市委常委副市长) bounds the org
            for q in posts:
                if j <= q.start() and q.end() <= s and q is not pm and not serves_post_holder(q, pm):
                    j = q.end()
            raw = text[j:s]
            org, cut = _strip_org(raw)
            if not org and idx == 0:
                quoted = _quoted_org_before(text, s) or _org_before_a_bracket_note(text, s)
                if quoted:
                    j, org, cut = quoted[0], text[quoted[0]:quoted[1]], 0
            if consultative_member(pm.group(0), org) or member_outside_an_appointed_group(pm.group(0), org):
                continue
            elements.append((j + cut, j + cut + len(org), pm))
        if not elements:
            continue
        post_texts = [pm.group(0) for _, _, pm in elements]
        if len(elements) == 1 and post_texts[0] in WEAK_POSTS and elements[0][0] == elements[0][1]:
            continue
        name = text[p:p + L]
        orgs = [text[a:b] for a, b, _ in elements]
        first = next((e for e in elements if e[1] > e[0]), elements[0])
        org_s, org_e = first[0], first[1]
        item = {
            "role": "official",
            "name": name,
            "name_span": [p, p + L],
            "org": text[org_s:org_e],
            "org_span": [org_s, org_e] if org_e > org_s else None,
            "posts": post_texts,
            "post_spans": [[pm.start(), pm.end()] for _, _, pm in elements],
            "post_orgs": orgs,
            "start": min([elements[0][0]] + [pm.start() for _, _, pm in elements]),
            "end": p + L,
        }
        used_names.add(p)
        known_names.add(name)
        name_ends.add(p + L)
        out.append(item)
        e = p + L
        while text[e:e + 1] == "、":  # 第一书记张某、李某、王某: one post before a list of names
            L2 = _name_at(text, e + 1)
            f = e + 1 + L2
            if not L2 or not (f == len(text) or text[f] in _BOUNDARY or text.startswith(_VERB_AFTER, f)):
                L2 = _list_item_at(text, e + 1)
            if not L2 or _POST_RX.match(text, e + 1 + L2):
                break
            f = e + 1 + L2
            if not (f == len(text) or text[f] in _BOUNDARY or text.startswith(_VERB_AFTER, f)):
                break  # …部长某某、莱索托外交大臣: not a name of the list
            nxt = dict(item, name=text[e + 1:e + 1 + L2], name_span=[e + 1, e + 1 + L2], start=e + 1, end=e + 1 + L2,
                       shared_posts=True)
            used_names.add(e + 1)
            out.append(nxt)
            e += 1 + L2
    taken = {o["name_span"][0] for o in out}
    for m in _POSTS_AFTER_NAME.finditer(text):  # 习近平总书记: name, then post
        s = m.start()
        if any(p.start() < s < p.end() for p in posts):
            continue  # 委员长 inside 国务委员长
        if begins_org(text, m.end(), countries_only=True):
            continue  # 金砖国家主席国: the presiding country, no post
        found = False
        for L in (3, 2):
            a = s - L
            emperor = emperor_named_first(text, a, s)  # 德仁天皇: no surname, no country before it
            if a < 0 or a in taken or text[a] not in SURNAMES and not emperor or text[s - 1] in _ORG_END:
                continue
            if place_ends_at(text, a, s):
                continue  # 哈萨克斯坦总理: the end of a country's name
            if any(o["start"] <= a < o["end"] for o in out):
                continue
            if L == 3 and (text[a] in _CONJ or starts_with_common_verb(text[a:s], _posseg())):
                continue  # 和…, 相信习主席…: a conjunction or a verb, not a surname
            if L == 3 and a > 0 and _NAME_BODY.match(text[a - 1]) and not _segmenter_cuts_at(text[a - 1:s], 1):
                continue  # 致富感谢总书记: the "surname" ends the word before it (致富), no name starts there
            if m.group(0) in FOREIGN_LEADER_POSTS and a > 0 and text[a - 1] not in _BOUNDARY \
                    and text[a - 1] not in _BEFORE_LEADER and not emperor:
                continue  # 俄罗斯总统: the end of a country's name
            if a > 0 and text[a - 1] in SURNAMES and text[a - 1] not in _CONJ and L == 2:
                continue
            name = text[a:s]
            if not all(_NAME_BODY.match(c) for c in name) or text[a:a + 2] in _NOT_NAMES:
                continue
            if any(c in _STOP_NAME_CHARS for c in name[1:]) or marks_a_former_post(name):
                continue  # (吉前总统: a former post)
            chain = [m]
            while text[chain[-1].end():chain[-1].end() + 1] == "、":  # 习近平总书记、国家主席
                nxt = _POST_RX.match(text, chain[-1].end() + 1)
                if not nxt:
                    break
                chain.append(nxt)
            out.append({"role": "official", "name": name, "name_span": [a, s], "org": "", "org_span": None,
                        "posts": [c.group(0) for c in chain], "post_spans": [[c.start(), c.end()] for c in chain],
                        "post_orgs": [""] * len(chain), "start": a, "end": chain[-1].end()})
            found = True
            break
        if found or m.group(0) not in FOREIGN_LEADER_POSTS:
            continue
        for L in range(_LONGEST_NAME_BEFORE_POST, 1, -1):  # 某某总统 with a transliterated name (up to 8 characters)
            a = s - L
            if a < 0 or a in taken or any(o["start"] <= a < o["end"] for o in out):
                continue
            if not all(c in TRANSLIT for c in text[a:s]):
                continue
            if a > 0 and text[a - 1] in TRANSLIT and text[a - 1] not in _CONJ or place_ends_at(text, a, s):
                continue  # 俄罗斯总统, 会见巴西总统: (the end of) a country's name, not a person's
            out.append({"role": "official", "name": text[a:s], "name_span": [a, s], "org": "", "org_span": None,
                        "posts": [m.group(0)], "post_spans": [[m.start(), m.end()]], "post_orgs": [""],
                        "start": a, "end": m.end()})
            break
    out.sort(key=lambda o: o["start"])
    return out


def actor_id(name: str, jurisdiction: str | None, org: str | None) -> str:
    """One id per person: the name plus the jurisdiction (or, failing that, the organisation)."""
    return f"{name}@{jurisdiction or org or '?'}"
