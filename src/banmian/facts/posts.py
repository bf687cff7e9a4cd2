"""Posts recognised by their shape, not only by a closed list.

A post is a head noun (书记, 主任, 部长, 代表, 经理… in ``cues.POSTS``) with up to two qualifiers printed
as part of it (副经理, 首席部长, 特别代表, 常务副主席): the qualifiers combine freely with the heads,
so a head seen once covers its qualified forms in articles not yet read. A level head is the level word
repeated before 长 (泰米尔纳德邦邦长, 某州州长, 某县县长): the first character closes the place's name, the
second starts the post. A post directly followed by an organisation character belongs to the name of an
organisation (委员会, 书记处, 主席团, 主席国), not to a person.
"""
from __future__ import annotations

import re

from .cues import GUO_WORD_SECOND, POST_MODIFIERS, POSTS, STAFF_OF_POST_HOLDERS, WEAK_POSTS, alternation
from .name_shapes import chief_officer_match

__all__ = ["POST_RX", "begins_org", "consultative_member", "group_role", "member_outside_an_appointed_group", "post_len_at",
           "post_matches", "serves_post_holder"]

_LEVELS = "省市县区乡镇村州邦盟旗"
_LEVEL_HEADS = "|".join(f"(?<={c}){c}长" for c in _LEVELS)
# 国王 is not read out of 国王储 (沙特阿拉伯王国王储, 某国王储): the country ends at 国, 王储 is the post
# a chief analyst named with a field of two characters (首席宏观分析师, 首席航运分析师): the field stays in the post
_FIELD_ANALYST = r"首席[\u4e00-\u9fff]{2}分析师"
# a chief officer named with a field of two characters (首席商务官, 首席运营官, 首席战略官): a post of its own, as 首席执行官
_FIELD_OFFICER = r"首席[\u4e00-\u9fff]{2}官"
# the head of a farm or forest farm (某林场场长, 某农场场长, 某渔场副场长): the first 场 closes the farm's name, the second
# starts the post
_FARM_HEAD = r"(?<=场)副?场长"
POST_RX = re.compile(rf"(?:{alternation(POST_MODIFIERS)}){{0,2}}(?:{alternation(POSTS)})(?!(?<=国王)储)|{_LEVEL_HEADS}|{_FIELD_ANALYST}"
                     rf"|{_FIELD_OFFICER}|{_FARM_HEAD}")
# after a post, these start the name of an organisation or a role (主席团, 书记处, 主席国), not a person
_IN_ORG_AFTER = set("会处团部局厅室院组国府")  # 府: 总统府, 首相府 (the office of the post-holder)


# a country holding a post in turn (金砖国家主席国): also after a name-first post (某某主席会见… stays a post)
_COUNTRY_AFTER = "国"


def begins_org(text: str, end: int, countries_only: bool = False) -> bool:
    """Does the post ending at ``end`` begin the name of an organisation or a role (主席团, 主席国)? Not when 国 starts a
    word of its own (总书记国庆系列讲话, 主席国事访问)."""
    if text[end:end + 1] == _COUNTRY_AFTER and text[end + 1:end + 2] in GUO_WORD_SECOND:
        return False
    return end < len(text) and text[end] in (_COUNTRY_AFTER if countries_only else _IN_ORG_AFTER)


# before a bare 代表, these end a group of people, not an organisation: 无党派人士代表, 青年工人代表, 家人代表,
# “五老”代表 represent a group (a role the gold does not annotate), 市长代表, 驻华代表, 联合会代表 hold a post
# (留学生代表, 村民代表, 群众代表, 家属代表, 校友代表, 职工代表 too)
_GROUP_END = set("士人者员老生民众属友工”\"")


def group_role(text: str, start: int) -> bool:
    """Is the word at ``start`` a bare 代表 of a group of people (a role, not a post)?"""
    return text.startswith("代表", start) and start > 0 and text[start - 1] in _GROUP_END


# a clinical grade after 主任 (主任医师, 副主任医师, 主任护师): a professional title, a role and not a post
_GRADE_AFTER = ("医师", "护师", "药师", "技师")


# 地处长江上游, 身处长三角: the verb 地处/身处 (lies in) before a place that starts with 长, not the post 处长; but 内地处长,
# 当地处长 (a place word ending in 地, then the post)
_LIES_IN = re.compile(r"(?<![内外本各当异两])[地身]$")


def _lies_in(text: str, m: re.Match) -> bool:
    return m.group(0).startswith("处") and _LIES_IN.search(text, max(0, m.start() - 2), m.start()) is not None


def post_matches(text: str) -> list[re.Match]:
    """The posts of ``text``, without those that begin an organisation's name or name a group's representative,
    without a clinical grade (副主任医师: a role) and without the 处 of 地处 (地处长江上游)."""
    found = [chief_officer_match(text, m, POST_RX) for m in POST_RX.finditer(text)]  # 资源部长官: 长官
    return [m for m in found if not begins_org(text, m.end())
            and not (m.group(0) == "代表" and group_role(text, m.start())) and not text.startswith(_GRADE_AFTER, m.end())
            and not _lies_in(text, m)]


def post_len_at(text: str, k: int) -> int:
    """Length of a post of two or more characters, not a weak one, starting at ``k`` (国家主席某某特使: the post the
    person holds closes the name before it), else 0."""
    m = POST_RX.match(text, k)
    return len(m.group(0)) if m and len(m.group(0)) >= 2 and m.group(0) not in WEAK_POSTS else 0


def serves_post_holder(before: re.Match, post: re.Match) -> bool:
    """Is ``post`` a staff post printed right after the post ``before`` (委员会主席秘书某某: the chairman's secretary)? Then
    ``before`` is part of the organisation served, not a bound of it."""
    return post.group(0) in STAFF_OF_POST_HOLDERS and before.end() == post.start()


def member_outside_an_appointed_group(post: str, org: str) -> bool:
    """A member (成员) holds a post only in a group formed by appointment (中央指导组成员, 领导小组成员); of a task force or
    a team (专班成员, 团队成员) it is a role."""
    return post == "成员" and not org.endswith("组")


# a member of a political consultative body or of its standing committee (全国政协委员, 全国政协常委)
_CONSULTATIVE_MEMBERS = ("委员", "常委")


def consultative_member(post: str, org: str) -> bool:
    """A member of a political consultative body (全国政协委员某某, 全国政协常委某某) represents a sector: no post; nor is a
    deputy to a people's congress (全国人大代表、某市委书记某某: the local post is the post; the gold annotates 政协委员 and
    人大代表 alike as representatives)."""
    return post in _CONSULTATIVE_MEMBERS and org.endswith("政协") or post == "代表" and org.endswith("人大")
