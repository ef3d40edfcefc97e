"""Chinese numerals as integers (十五, 一百二十, 三千五百, 两): one reading for dates, periods and amounts."""

from __future__ import annotations

_CN_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_TENS = {"廿": 20, "卅": 30}  # "廿五" is 25, "卅" 30: the written short forms of 二十, 三十


def cn_integer(text: str) -> int | None:
    """一百二十 → 120, 三千五百 → 3500, 两 → 2, 廿五 → 25, digits as they are; None when it is not a
    number."""
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for char in text:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        elif char in _CN_TENS and digit is None:
            total += _CN_TENS[char]
        elif char in _CN_UNITS:
            total += (1 if digit is None else digit) * _CN_UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)
