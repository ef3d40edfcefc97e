"""The parts of a Chinese company name people leave out when they say it.

A Chinese company is registered as place + brand + trade + legal form (绍兴长盛纺织有限公司). A rep says the
brand, with or without the trade (长盛纺织, 长盛): the place and the legal form go. The legal form is
`normalize.strip_legal`'s; the trade words are `COMPANY_WORDS`; the places are every province, prefecture-
and county-level unit of the mainland plus Hong Kong's districts and Taiwan's cities and counties
(`places_zh.txt`, made by `scripts/make_places_zh.py`; a county whose name is an everyday word is listed only
with its unit word: 和平区, not 和平).

A place is left out only when what stays is still a name: two characters or more, not a trade word alone
and no everyday word (中山大学 is no 大学 of 中山; 北京银行 is no 银行).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from crm_store.search.everyday import chinese_zipf
from crm_store.search.pinyin import INDUSTRY_WORDS

# Words that end a Chinese company name and say what kind of company it is, not which one.
COMPANY_WORDS = tuple(
    sorted(
        {*INDUSTRY_WORDS, "科技", "技术", "贸易", "商贸", "教育", "医疗", "器械", "健康", "汽配", "餐饮",
         "咨询", "服务", "工程", "制造", "精密", "电子", "包装", "印刷", "建材", "家具", "茶业", "渔业",
         # Taiwan: 企業社, 五金行, 醫療器材, 鐵工廠 …
         "企业社", "企业", "工业社", "工业", "五金行", "五金", "器材", "医材", "工厂", "铁工厂", "商店",
         "农产"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
# Words for a trade or a product that, said right after a brand, make it another company's name (冰城啤酒 is
# no 冰城冷链, 中原粮油 no 中原粮仓), though they end too few names to be cut off them as `COMPANY_WORDS` are.
TRADE_NOUNS = frozenset({
    "啤酒", "酒厂", "酒庄", "酒行", "粮油", "饮料", "乳品", "奶业", "水产", "海产", "茶叶", "茶行", "陶瓷",
    "塑料", "塑胶", "玻璃", "木业", "纸业", "石油", "石化", "水泥", "钢材", "化肥", "种业", "制衣", "服装",
    "鞋业", "超市", "商场", "药房", "药店", "书店", "家电", "电器", "建筑", "装饰", "装修", "运输", "快递",
    "货运", "船务", "航运", "港务", "冷链", "仓储", "农场", "牧业", "果业", "肉业", "车行", "汽修", "汽贸",
    "眼镜", "珠宝", "美容", "诊所", "医院", "学校", "培训", "广告", "影视", "出版", "数码", "电商", "外贸",
    "进出口", "五金厂", "制品", "织造", "印染", "针织", "皮革", "模具", "铸造", "锻造", "冲压", "门窗",
})  # fmt: skip
# What stays after a place is no name when it is this common a word: 大学 5.6, 医院 5.3 (brands are
# common words too, but rarer: 百度 4.8, 华为 4.2).
_EVERYDAY_REST = 5.0
_UNIT_AFTER = "市省 "  # 北京市百度 -> 百度, when the list has the place without its unit word
_UNIT_WORDS = "省市县区旗盟州"


@cache
def places() -> dict[str, tuple[str, ...]]:
    """Place name -> the codes of the units it names (see `places_zh.txt`)."""
    text = (Path(__file__).with_name("places_zh.txt")).read_text(encoding="utf-8")
    found: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, codes = line.partition(" ")
            found[name] = tuple(codes.split(","))
    return found


@cache
def _longest_place() -> int:
    return max(map(len, places()))


def _place_at_start(text: str, after: int = 1) -> tuple[str, tuple[str, ...]] | None:
    """The longest place name `text` opens with, `after` characters or more before its end, and its codes."""
    known = places()
    for size in range(min(_longest_place(), len(text) - after), 1, -1):
        codes = known.get(text[:size])
        if codes is not None:
            return text[:size], codes
    return None


def _county_only(name: str, codes: tuple[str, ...]) -> bool:
    """A county named without its unit word (义乌, 永安): often a brand's first word as well (永安服装)."""
    return all(len(code) == 6 for code in codes) and name[-1] not in _UNIT_WORDS


def a_place(name: str) -> bool:
    """A province, prefecture or county named with its unit word: a place, not a brand (北京, 绍兴市; not
    福田, a district's name without its unit word, which is 福田汽车's brand too)."""
    codes = places().get(name)
    return codes is not None and not _county_only(name, codes)


def _inside(codes: tuple[str, ...], outer: tuple[str, ...]) -> bool:
    return any(code.startswith(o) and len(code) > len(o) for code in codes for o in outer)


def is_name(rest: str) -> bool:
    """What stays of a company name without its place still names a company (see the module docstring)."""
    return len(rest) >= 2 and rest not in COMPANY_WORDS and chinese_zipf(rest) < _EVERYDAY_REST


def opening_places(core: str) -> list[str]:
    """The places `without_region` leaves out of this name, each also without its unit word
    (`浙江省绍兴市长盛纺织` -> 浙江省, 浙江, 绍兴市, 绍兴)."""
    short = without_region(core)
    if short is None:
        return []
    head, found = core[: len(core) - len(short)], []
    while (place := _place_at_start(head, after=0)) is not None:
        name = place[0]
        found += [name, name[:-1]] if name[-1] in _UNIT_WORDS and len(name) > 2 else [name]
        head = head[len(name) :].lstrip(_UNIT_AFTER)
    return found


# The development zone a company is registered in, said after its city and left out like it (苏州工业园区精测
# 仪器 is 苏州精测, 精测); longest first.
_ZONES = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "工业园区", "高新园区", "工业园", "科技园",
          "产业园", "开发区", "高新区", "保税区", "自贸区")  # fmt: skip


def _without_zone(rest: str) -> str:
    zone = next((z for z in _ZONES if rest.startswith(z) and len(rest) - len(z) >= 2), "")
    return rest[len(zone) :]


def without_region(core: str) -> str | None:
    """`绍兴长盛纺织` -> `长盛纺织`, `浙江绍兴长盛纺织` -> `长盛纺织`; None when no place opens the name, or
    when what would stay is no name of its own (中山大学).

    A county's name without its unit word is taken as the place only before a brand and a trade (义乌聚星贸易,
    not 永安服装), and a second place only inside the first (浙江绍兴…, 佛山市顺德区…; not 北京西山汇…)."""
    rest, outer = core, None
    while (place := _place_at_start(rest)) is not None:
        name, codes = place
        shorter = _without_zone(rest[len(name) :].lstrip(_UNIT_AFTER))
        if outer is not None and not (_inside(codes, outer) and not _county_only(name, codes)):
            break
        if not is_name(shorter) or (_county_only(name, codes) and len(shorter) < 4):
            break
        rest, outer = shorter, codes
    return rest if rest != core else None
