"""Chinese names as people type them on a Latin keyboard: full pinyin (`huaweijishu`) and initials (`hwjs`).

pypinyin picks readings per word (重庆 -> chongqing, 银行 -> yinhang). Converting a whole
name costs ~50 µs; splitting it into words first (pypinyin's own segmenter) and caching
each word's reading brings an index build over 100k names down to a fraction of a second.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

# Readings company names use where pypinyin's reading of the lone character is another one:
# 长城, 长江, 长安 are cháng (pypinyin: zhǎng), 佛山 fó, 西藏 zàng, 晟 shèng, 比音勒芬 lè.
NAME_READINGS = {"长": "chang", "佛": "fo", "藏": "zang", "晟": "sheng", "勒": "le", "柏": "bai", "泊": "bo"}
# The other reading of those characters and of polyphones common in names: a name holding one
# is also findable by that spelling (a rep may type 重工 as chonggong, 乐 as yue, 行 as xing).
OTHER_READINGS = {"长": "zhang", "重": "chong", "乐": "yue", "藏": "cang", "行": "hang", "朝": "chao",
                  "勒": "lei", "柏": "bo", "都": "dou", "单": "shan", "会": "kuai", "佛": "fu",
                  "泊": "po"}  # fmt: skip
# Words that end Chinese company names, spelled on their own (pypinyin reads each of them right)
# so that the segmenter never glues a brand's last character to them (仁和|药业, not 仁|和药|业).
INDUSTRY_WORDS = frozenset({
    "药业", "制药", "医药", "银行", "商行", "农商行", "科技", "高科", "股份", "控股", "集团", "实业",
    "电力", "电气", "电子", "重工", "重机", "传媒", "证券", "保险", "地产", "置业", "能源", "矿业",
    "化工", "汽车", "材料", "新材", "生物", "环境", "环保", "旅游", "文旅", "物流", "航空", "信息",
    "软件", "网络", "通信", "智能", "装备", "机械", "食品", "农业", "铝业", "钢铁", "水务", "燃气",
    "建设", "建工", "酒业", "乳业", "纺织", "服饰", "家居", "电器", "光电", "设备", "发展", "投资",
    "轴承", "检测", "酒店", "商业", "百货",
})  # fmt: skip
_INDUSTRY_BY_LENGTH = sorted(INDUSTRY_WORDS, key=len, reverse=True)


def has_han(text: str) -> bool:
    return not text.isascii() and _HAN.search(text) is not None


@lru_cache(maxsize=200_000)
def _word(word: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(word, style=Style.NORMAL, errors="ignore")
    return "".join(syllables), "".join(s[:1] for s in syllables)


@lru_cache(maxsize=4096)
def _segmenter():
    from pypinyin.seg.mmseg import seg

    return seg


@lru_cache(maxsize=65_536)
def _words_of(run: str) -> tuple[str, ...]:
    """The words of a run of Han characters in a company name: industry words off the end
    first (仁和药业 -> 仁和 + 药业), then pypinyin's segmenter on the rest."""
    tail: list[str] = []
    while len(run) > 2:
        word = next((w for w in _INDUSTRY_BY_LENGTH if run.endswith(w) and len(run) > len(w)), None)
        if word is None:
            break
        tail.insert(0, word)
        run = run[: -len(word)]
    return (*_segmenter().cut(run), *tail)


def _spell(word: str) -> tuple[str, str]:
    if word in NAME_READINGS:
        return NAME_READINGS[word], NAME_READINGS[word][0]
    return _word(word)


def _spelled(text: str, spell: Callable[[str], list[tuple[str, str]]]) -> tuple[str, str]:
    """(full pinyin, initials) of `text`, each word of its Han runs spelled by `spell`."""
    full: list[str] = []
    initials: list[str] = []
    position = 0
    for run in _HAN.finditer(text):
        _latin(text[position : run.start()], full, initials)
        for word in _words_of(run.group()):
            for spelled, first in spell(word):
                full.append(spelled)
                initials.append(first)
        position = run.end()
    _latin(text[position:], full, initials)
    return "".join(full), "".join(initials)


def to_pinyin(text: str) -> tuple[str, str]:
    """(full pinyin, initials) of `text` with spaces removed; other letters and digits are kept."""
    return _spelled(text, lambda word: [_spell(word)])


def _other(word: str) -> list[tuple[str, str]]:
    if word in INDUSTRY_WORDS or not any(c in OTHER_READINGS for c in word):
        return [_spell(word)]
    spellings = [OTHER_READINGS.get(char) or _spell(char)[0] for char in word]
    return [(spelled, spelled[:1]) for spelled in spellings]


def other_reading(text: str) -> tuple[str, str] | None:
    """(full pinyin, initials) of `text` with the polyphones of OTHER_READINGS read the other way
    (industry words keep theirs); None when that spells it no differently. Indexed beside
    `to_pinyin`, so a rep who reads 长源电力 as zhangyuan still finds it."""
    if not any(c in OTHER_READINGS for c in text):
        return None
    other = _spelled(text, _other)
    return None if other == to_pinyin(text) else other


@lru_cache(maxsize=65_536)
def _char(char: str) -> str:
    return _word(char)[0] if _HAN.match(char) else char


def person_pinyin(name: str) -> str:
    """Full pinyin of a person's name, character by character (names are not phrases): 张伟 -> zhangwei."""
    return "".join(_char(c) for c in name if not c.isspace())


def spaced_pinyin(name: str) -> list[str]:
    """A Chinese person's name in pinyin as English speakers write it: family name, a space and the given
    name, in either order ("lu jiaqi", "jiaqi lu" for 陆佳琪; four characters split two and two)."""
    han = "".join(c for c in name if not c.isspace())
    if not 2 <= len(han) <= 4 or not all(has_han(c) for c in han):
        return []
    cut = 2 if len(han) == 4 else 1
    family, given = person_pinyin(han[:cut]), person_pinyin(han[cut:])
    return [f"{family} {given}", f"{given} {family}"]


def _latin(text: str, full: list[str], initials: list[str]) -> None:
    for word in text.split():
        full.append(word)
        initials.append(word)  # an acronym such as "tcl" stays whole among initials


# Common family names as Hong Kong and Macau spell them in English (Cantonese), by the simplified character;
# Mandarin pinyin is `to_pinyin`'s. "Mr Leung" is a 梁, "Ms Chan" a 陈, "Mr Wang" a 王.
_HONG_KONG_SPELLINGS = {
    "陈": ("chan",), "梁": ("leung",), "黄": ("wong",), "王": ("wong",), "张": ("cheung",), "刘": ("lau",),
    "李": ("lee", "li"), "吴": ("ng",), "伍": ("ng",), "何": ("ho",), "曾": ("tsang",), "周": ("chow",),
    "林": ("lam",), "叶": ("yip",), "谢": ("tse",), "郭": ("kwok",), "罗": ("lo", "law"), "卢": ("lo",),
    "冯": ("fung",), "麦": ("mak",), "邓": ("tang",), "蔡": ("choi",), "杨": ("yeung",), "许": ("hui",),
    "萧": ("siu",), "关": ("kwan",), "郑": ("cheng",), "谭": ("tam",), "潘": ("poon",), "余": ("yu",),
    "马": ("ma",), "胡": ("wu",), "朱": ("chu",), "苏": ("so",), "区": ("au",), "欧": ("au",), "甘": ("kam",),
    "钟": ("chung",), "彭": ("pang",), "邱": ("yau",), "徐": ("tsui",), "孙": ("suen",), "高": ("ko",),
    "温": ("wan",), "袁": ("yuen",), "莫": ("mok",), "姚": ("yiu",), "江": ("kong",), "汤": ("tong",),
    "唐": ("tong",), "方": ("fong",), "傅": ("fu",), "游": ("yau",), "司徒": ("szeto",),
    "欧阳": ("au yeung",),
}  # fmt: skip


# Taiwan's spellings (Wade-Giles, as passports there write them: "Ms. Tseng" is 曾) and the Hokkien ones of
# Malaysia and Singapore ("Mr Tan" is 陈, "Mdm Goh" 吴), where they differ from pinyin.
_TAIWAN_AND_HOKKIEN_SPELLINGS = {
    "陈": ("tan",), "林": ("lim",), "黄": ("ng", "wee"), "张": ("chang", "teo", "chong"), "吴": ("goh",),
    "郑": ("tay", "teh"), "王": ("ong",), "杨": ("yeo",), "许": ("hsu", "khoo", "koh"),
    "蔡": ("tsai", "chua"),
    "郭": ("kuo", "koh"), "洪": ("hung", "ang"), "谢": ("hsieh", "chia"), "庄": ("chuang", "chng"),
    "邱": ("chiu", "khoo"), "周": ("chou", "chew"), "叶": ("yeh", "yap"), "苏": ("soh",), "梁": ("leong",),
    "曾": ("tseng",), "徐": ("hsu",), "萧": ("hsiao",), "高": ("kao",), "简": ("chien",), "詹": ("chan",),
    "施": ("shih",), "赵": ("chao",), "颜": ("yen",), "邓": ("teng",), "曹": ("tsao",), "薛": ("hsueh",),
    "丁": ("ting",), "董": ("tung",), "蒋": ("chiang",), "江": ("chiang",), "姜": ("chiang",), "纪": ("chi",),
    "连": ("lien",), "田": ("tien",), "白": ("pai",), "邹": ("tsou",), "钱": ("chien",), "龚": ("kung",),
    "金": ("chin",), "宋": ("sung",), "戴": ("tai",), "杜": ("tu",), "涂": ("tu",), "卓": ("cho",),
}  # fmt: skip


def family_spellings(family: str) -> frozenset[str]:
    """How a Chinese family name (simplified) is written in English letters: its Mandarin pinyin, its
    Hong Kong spelling ("梁": liang, leung) and its Taiwan and Hokkien ones ("曾": tseng; "陈": tan)."""
    return frozenset(
        {
            to_pinyin(family)[0],
            *_HONG_KONG_SPELLINGS.get(family, ()),
            *_TAIWAN_AND_HOKKIEN_SPELLINGS.get(family, ()),
        }
    )
