"""Shapes that decide where a person's name ends, kept apart from people.py (which reads posts and names).

- A transliterated name is read up to the speech verb or the boundary that closes it, when only one or two characters
  outside the transliteration table stand in between (穆斯塔法·马哈茂德表示: 茂 is missing from the table, the name does
  not end at 马哈); an undotted one may end with one such character (巴特图勒嘎。, 达纳坤表示).
- A Chinese name candidate that starts with a common two-character noun is no name (院士项目, 总书记文艺工作…): jieba
  reads the noun as one word, not as a surname and a given name.
- 某某长官: a post ending in 长 directly followed by 官 is 长官, the characters before 长 end the organisation
  (产业通商资源部长官某某, not 部长 and a name 官某某).
- A Vietnamese woman's name is a surname, 氏 (her middle name) and one or two given characters (阮氏萍, 某氏明怀), closed like
  any name: the Chinese name shapes stop after three.
- A name before a digit does not end with the preposition of a date (普京|于|19日) when jieba reads the two characters
  before it as one proper name.
- A Japanese minister's name after 大臣 has four characters, its family name listed or not (国土交通大臣某某一郎称); a
  two-character name ending in 仁 before 天皇 is the emperor's (德仁天皇), though no surname starts it.
- A speaker line under a heading (…新媒体中心主任  丁  伟⏎, …研究员 李国祥：⏎) sets the name apart from the post by
  spaces and ends the line with it; a two-character name is padded to the width of three (丁  伟), the padding kept in the
  name's span as printed.
"""
from __future__ import annotations

import re

from ..restore.cues import SPACES
from .cues import COMPOUND_SURNAMES, IMPERIAL_NAME_END, JAPANESE_MINISTER_POSTS, SURNAMES, TIBETAN_NAME_WORDS, TRANSLIT

__all__ = ["extend_to_closure", "ends_on_its_own", "starts_with_common_noun", "starts_with_common_verb", "tagged_as_name",
           "name_then_verb_word", "name_then_one_character_word", "name_then_date_preposition", "chief_officer_match",
           "japanese_minister_name_len", "emperor_named_first", "speaker_line_name",
           "tibetan_name_len", "vietnamese_name_len", "LONGEST_TRANSLITERATED_NAME"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
# what may not be inside a name's last characters (particles and verbs that end it)
_NOT_IN_NAME = set("的了是在与及等说表示对为将要把被从到和同")


def extend_to_closure(text: str, start: int, end: int, closes, posseg, max_extra: int = 2) -> int:
    """The end of a name part ``text[start:end]`` extended by up to ``max_extra`` Han characters when that reaches a
    closure (``closes(text, k)``: a boundary or a verb), ``end`` itself does not, and jieba reads the part and the
    extra characters as one word (马哈茂德|表示; not 布什|深信, 梅萨|评价); ``end`` otherwise."""
    if closes(text, end) or posseg is None:
        return end
    for k in range(1, max_extra + 1):
        extra = text[end:end + k]
        if len(extra) < k or not all(_HAN.match(c) and c not in _NOT_IN_NAME for c in extra):
            return end
        if closes(text, end + k):
            first = next(iter(posseg.cut(text[start:end + k])), None)
            return end + k if first is not None and first.word == text[start:end + k] else end
    return end


# how often a two-character noun must occur in jieba's dictionary to be read as a noun, not a surname and a given name
# (项目 13257, 文艺 2892; 胡金 2, tagged n as well)
_COMMON = 500


def _starts_with_frequent(word: str, posseg, tagged) -> bool:
    """Does jieba read the first two characters of ``word`` as one frequent word whose tag satisfies ``tagged``?"""
    if posseg is None or len(word) < 2:
        return False
    for w in posseg.cut(word):
        return len(w.word) == 2 and tagged(w.flag) and posseg.dt.tokenizer.FREQ.get(w.word, 0) >= _COMMON
    return False


def starts_with_common_noun(word: str, posseg) -> bool:
    """Does jieba read the first two characters of ``word`` as one frequent common noun (项目, 文艺), not as a name?"""
    return _starts_with_frequent(word, posseg, lambda flag: flag == "n")


def starts_with_common_verb(word: str, posseg) -> bool:
    """Does jieba read the first two characters of ``word`` as one frequent verb (相信习|主席: 相信 6789), not as a
    surname and a given name?"""
    return _starts_with_frequent(word, posseg, lambda flag: flag == "v")


def starts_with_common_word(word: str, posseg) -> bool:
    """Does jieba read the first two characters of ``word`` as one frequent word that is not a name (上门, 现场), so
    that they close the name before them instead of ending it (马某|上门, not a four-character name)?"""
    return _starts_with_frequent(word, posseg, lambda flag: not flag.startswith("nr"))


def name_then_verb_word(word: str, posseg) -> int:
    """The length of a two-character name at the start of ``word`` when jieba reads it as a name followed by a verb of
    two or more characters that takes the next character (孙雯|发来, 刘敏|发来: not 孙雯发 and the verb 来), else 0."""
    if posseg is None:
        return 0
    toks = list(posseg.cut(word))
    if len(toks) >= 2 and len(toks[0].word) == 2 and toks[0].flag.startswith("nr") \
            and len(toks[1].word) >= 2 and toks[1].flag == "v" and not _name_end_then_speech(toks[1].word):
        return 2
    return 0


# jieba reads a name's last character and the speech verb after it as one verb (高祥明说 as 高祥|明说, 熊仁发说 as 熊仁|发说):
# such a "verb" is the end of a three-character name, unless its first character is an adverb or a verb of its own
# (王明|却说, 王明|听说, 王明|据说)
_SPEECH_END = "说"
_BEFORE_SPEECH = frozenset("却听据再还也又就都")


def _name_end_then_speech(verb: str) -> bool:
    return len(verb) == 2 and verb[1] == _SPEECH_END and verb[0] not in _BEFORE_SPEECH


def name_then_one_character_word(word: str, posseg, words) -> int:
    """The length of a two-character name at the start of ``word`` when jieba reads it as one proper name followed by a
    one-character word of ``words`` (the words that follow a name: 范明|就|共同关心的…, not 范明就 before 共同), else 0."""
    if posseg is None:
        return 0
    toks = list(posseg.cut(word))
    if len(toks) >= 2 and len(toks[0].word) == 2 and toks[0].flag.startswith(("nr", "ns")) and toks[1].word in words:
        return 2
    return 0


# prepositions that put a date right after a name (某某于19日抵达): never the last character of a name before a digit
_DATE_PREPOSITIONS = frozenset("于")


def name_then_date_preposition(word: str, posseg) -> int:
    """2 when ``word`` is a three-character candidate and a digit, the third character a preposition of a date and jieba
    reading the first two as one proper name (普京|于|19日), else 0."""
    if len(word) == 4 and word[-1].isdigit() and word[2] in _DATE_PREPOSITIONS:
        return name_then_one_character_word(word[:3], posseg, _DATE_PREPOSITIONS)
    return 0


def ends_on_its_own(word: str, posseg) -> bool:
    """Does jieba cut the last character of ``word`` off as a word of its own, or end a name with it (巴特|图勒|嘎,
    达纳|坤; not 特朗普|多次: the last character belongs to a word starting inside)?"""
    if posseg is None or not word:
        return False
    last = list(posseg.cut(word))[-1]
    return len(last.word) == 1 or last.flag.startswith("nr")


def tagged_as_name(word: str, posseg) -> bool:
    """Does jieba read the first word of ``word`` as a transliterated or a person's name (巴特|图勒|嘎, 习近平; not
    考察|时, 公署, 和|卢拉)?"""
    return posseg is not None and bool(word) and next(iter(posseg.cut(word))).flag.startswith("nr")


def chief_officer_match(text: str, m: re.Match, post_rx: re.Pattern) -> re.Match:
    """``m`` or, when the post ``m`` ends in 长 and 官 follows it (资源部长官), the post 长官 read from that 长."""
    if m.group(0).endswith("长") and text[m.end():m.end() + 1] == "官":
        m2 = post_rx.match(text, m.end() - 1)
        if m2 and m2.group(0) == "长官":
            return m2
    return m


_JAPANESE_NAME_LEN = 4  # a family name and a given name of two characters each, the commonest shape


def japanese_minister_name_len(text: str, p: int, closes) -> int:
    """Length of a Japanese name of four characters right after 大臣 (国土交通大臣某某一郎称), closed by a boundary or a
    verb (``closes(text, end)``), its family name listed or not; 0 when a character of it ends names (外交大臣某某表示)
    or its first two are transliteration characters (a Western name)."""
    name = text[p:p + _JAPANESE_NAME_LEN]
    if not text.endswith(JAPANESE_MINISTER_POSTS, 0, p) or len(name) < _JAPANESE_NAME_LEN \
            or not all(_HAN.match(c) for c in name) or any(c in _NOT_IN_NAME for c in name) \
            or all(c in TRANSLIT for c in name[:2]):
        return 0
    return _JAPANESE_NAME_LEN if closes(text, p + _JAPANESE_NAME_LEN) else 0


_EMPEROR = "天皇"


def emperor_named_first(text: str, a: int, s: int) -> bool:
    """Is ``text[a:s]`` a two-character given name ending in 仁 right before 天皇 (德仁天皇生日): Japan's emperor, named
    without a surname?"""
    return s - a == 2 and text[a + 1] == IMPERIAL_NAME_END and text.startswith(_EMPEROR, s) \
        and _HAN.match(text[a]) is not None


_TIBETAN_NAME_LENGTHS = (4, 2)  # two name words (扎西顿珠), else one (旦巴)
LONGEST_TRANSLITERATED_NAME = 8  # 东布罗夫斯基斯: seven characters with no dot


def tibetan_name_len(text: str, p: int, closes) -> int:
    """Length of a Tibetan name at ``p`` (0 if none): one or two words of ``cues.TIBETAN_NAME_WORDS`` closed like any
    name (``closes(text, end)``). Tibetan names have no surname, so the Chinese name shapes never start at them."""
    for L in _TIBETAN_NAME_LENGTHS:
        words = (text[p + k:p + k + 2] for k in range(0, L, 2))
        if p + L <= len(text) and all(w in TIBETAN_NAME_WORDS for w in words) and closes(text, p + L):
            return L
    return 0


_VIETNAMESE_MIDDLE = "氏"


def vietnamese_name_len(text: str, p: int, closes) -> int:
    """Length of a Vietnamese woman's name at ``p`` (0 if none): a surname, 氏 and one or two given characters, the longer
    first, closed like any name (``closes(text, end)``)."""
    if text[p:p + 1] not in SURNAMES or text[p + 1:p + 2] != _VIETNAMESE_MIDDLE:
        return 0
    for L in (4, 3):
        given = text[p + 2:p + L]
        if len(given) == L - 2 and all(_HAN.match(c) and c not in _NOT_IN_NAME for c in given) and closes(text, p + L):
            return L
    return 0


_SPEAKER_LINE = re.compile(rf"[{SPACES}]+(?P<name>[\u4e00-\u9fff](?:[{SPACES}]{{1,2}}[\u4e00-\u9fff]|[\u4e00-\u9fff]{{1,3}}))[：:]?(?=\n|$)")


def speaker_line_name(text: str, p: int) -> tuple[int, int] | None:
    """(start, length) of the name of a speaker line whose post ends at ``p`` (post, spaces, the name alone to the end
    of the line), when it starts with a surname; else None."""
    m = _SPEAKER_LINE.match(text, p)
    if not m or not (m["name"][0] in SURNAMES or m["name"][:2] in COMPOUND_SURNAMES):
        return None
    return m.start("name"), len(m["name"])
