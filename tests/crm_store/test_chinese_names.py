"""The place a Chinese company name opens with, left out as people leave it out (see
`crm_store.search.chinese_names`): any province, prefecture or county, not only the big cities; never
when what stays is no name of its own."""

from __future__ import annotations

import pytest

from crm_store.search.chinese_names import without_region


@pytest.mark.parametrize(
    ("core", "short"),
    [
        ("绍兴长盛纺织", "长盛纺织"),  # a prefecture the old list of big cities did not have
        ("呼和浩特瑞丰物流", "瑞丰物流"),
        ("彰化长盛纺织", "长盛纺织"),  # Taiwan
        ("观塘永利贸易", "永利贸易"),  # Hong Kong
        ("浙江省绍兴市长盛纺织", "长盛纺织"),  # a prefecture inside its province
        ("佛山市顺德区美达电器", "美达电器"),  # a district inside its city, with its unit word
        ("义乌聚星贸易", "聚星贸易"),  # a county-level city before a brand and a trade
        ("义乌市聚星", "聚星"),
        ("北京百度网讯科技", "百度网讯科技"),
        ("苏州工业园区精测仪器", "精测仪器"),  # the development zone after the city goes with it
        ("无锡高新区华光电子", "华光电子"),
        ("天津经济技术开发区瑞丰物流", "瑞丰物流"),
    ],
)
def test_the_place_a_name_opens_with_is_left_out(core, short) -> None:
    assert without_region(core) == short


@pytest.mark.parametrize(
    ("core", "short"),
    [
        ("中山大学", None),  # 大学 is no name
        ("北京银行", None),  # a trade word alone
        ("北京科技", None),
        ("永安服装", None),  # 永安 is a county, here the brand: a county needs a brand and a trade after it
        ("长洲海鲜", None),
        ("吉利汽车", None),  # a county whose name is an everyday word is a place only with its unit word
        ("北京西山汇酒店管理", "西山汇酒店管理"),  # 西山 is a district of Kunming, not of Beijing
        ("湖州永安服装", "永安服装"),
        ("四川锦江冷链物流", "锦江冷链物流"),  # a county without its unit word is never the second place
    ],
)
def test_a_place_is_kept_when_what_stays_is_no_name(core, short) -> None:
    assert without_region(core) == short
