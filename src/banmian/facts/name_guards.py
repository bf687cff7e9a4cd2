"""Names read around posts by how the segmenter cuts the words after them, kept apart from people.py (seen on h22).

- A name after a post closed by a verb or an idiom the verb list does not hold (某某副总裁王建国谈了, 党委书记李林拿着,
  第一书记张洪亮开门见山): jieba cuts a person's name (or a surname and a given name) and then a verb.
- A foreign leader's name after his post that neither the surname nor the transliteration tables cover (某国总统普京
  访问…): one word of two to four characters, then a verb.
- What is no name: a candidate before a post ending in 前 or 原 (吉前总统: 吉 abridges a country, 前 marks the former
  post), and a time word after a post (习总书记来时: jieba reads 来时 as one time word).
"""
from __future__ import annotations

import re

from .cues import FOREIGN_LEADER_POSTS, FORMER_POST_MARKS, SURNAMES

__all__ = ["leader_name_len", "marks_a_former_post", "name_closed_by_a_verb", "read_as_time_word", "word_flag_at"]

_HAN = re.compile(r"[\u4e00-\u9fff]+$")
_VERB_FLAGS = ("v", "i")  # a verb (谈, 拿), an idiom (开门见山)
_PERSON_FLAG = "nr"
_NAME_FLAGS = ("nr", "ns", "nz")  # a person's, a place's (普京 is read as one) or another proper name; not 办公厅 (n)
_REACH = 6  # characters read after the name to see the word that follows it


def _cut_at(posseg, word: str) -> list[tuple[int, str, str]]:
    """``word`` as jieba cuts it: (end offset, word, flag) of each token."""
    out, end = [], 0
    for w in posseg.cut(word):
        end += len(w.word)
        out.append((end, w.word, w.flag))
    return out


def _next_flag(tokens: list[tuple[int, str, str]], k: int) -> str:
    """The flag of the token that starts at ``k`` when a token ends there, else ""."""
    ends = [t[0] for t in tokens]
    return tokens[ends.index(k) + 1][2] if k in ends and ends.index(k) + 1 < len(tokens) else ""


def word_flag_at(posseg, piece: str, k: int) -> str:
    """jieba's tag of the word that starts at ``k`` (> 0) when jieba cuts ``piece`` there, else ""."""
    return _next_flag(_cut_at(posseg, piece), k)


def name_closed_by_a_verb(text: str, p: int, posseg) -> int:
    """Length of a Chinese name of three or two characters at ``p`` that jieba starts as a person's name, reads as nouns
    only and closes with a verb or an idiom (王建国|谈, 李林|拿, 张|洪亮|开门见山; not 主席贺信|并|发表), else 0."""
    if posseg is None or text[p:p + 1] not in SURNAMES or not _HAN.match(text[p:p + 3]) \
            or text[p:p + 1] == text[p + 1:p + 2]:  # a name at the end of the text has no second character
        return 0  # (总书记殷殷嘱托: a reduplicated word)
    tokens = _cut_at(posseg, text[p:p + _REACH])
    if not tokens or not tokens[0][2].startswith(_PERSON_FLAG):
        return 0
    return next((L for L in (3, 2) if _next_flag(tokens, L) in _VERB_FLAGS and _nouns_up_to(tokens, L)), 0)


def _nouns_up_to(tokens: list[tuple[int, str, str]], k: int) -> bool:
    """Are all tokens ending at or before ``k`` nouns (周|建军, 李林; not 贺信|并, where a conjunction follows a word)?"""
    return all(flag.startswith("n") for end, _, flag in tokens if end <= k)


def leader_name_len(text: str, p: int, posseg) -> int:
    """Length of a foreign leader's name right after his post (总统某某访问): one word of two to four Han characters
    that jieba reads as a proper name and closes with a verb (not 总统办公厅发表: a common noun), else 0."""
    if posseg is None or not text.endswith(FOREIGN_LEADER_POSTS, 0, p):
        return 0
    tokens = _cut_at(posseg, text[p:p + _REACH])
    if len(tokens) < 2 or not 2 <= tokens[0][0] <= 4 or not _HAN.match(tokens[0][1]) or not tokens[0][2].startswith(_NAME_FLAGS):
        return 0
    return tokens[0][0] if tokens[1][2] == "v" else 0


def marks_a_former_post(name: str) -> bool:
    """Does a name read before a post end in a mark of a former post (吉前总统: 前 belongs to the post)?"""
    return name.endswith(FORMER_POST_MARKS)


def read_as_time_word(word: str, posseg) -> bool:
    """Does jieba read ``word`` as one time word (来时, 此时), not a surname and a given name?"""
    if posseg is None or not word:
        return False
    first = next(iter(posseg.cut(word)))
    return first.word == word and first.flag == "t"
