"""A step's words: cleaned of fillers and joiners, and whether a few words only name somebody."""

from __future__ import annotations

import re

from handlers.understanding import lexicon as lx
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.reading import CJK


def clean_step(words: str) -> str:
    words = re.sub(r"^\s*(?:and|then|also|pls|please|&)\s+", "", words.strip(), flags=re.I)
    words = re.sub(r"^(?:todo|to[\s-]?do|reminder|提醒|待办)\s*[:：-]\s*", "", words, flags=re.I)  # "todo: …"
    words = re.sub(r"[\s,]*\b(?:pls|please|plz)[\s.!]*$", "", words, flags=re.I)  # "… that morning please"
    words = re.sub(r"^(?:说|表示)\s*", "", words)  # "赵总 说下周一给答复": what they will do
    # (a lone 我 where its day was cut out: "我明天重新发一版" → "我 重新发一版")
    words = re.sub(r"^(?:让我们|叫我们|要我们|要求我们|让我|叫我|要我|要求我|我们|咱们|我(?=\s))\s*", "",
                   words)  # fmt: skip
    words = re.sub(r"^(?:再|要|需要|然后)(?=[\u4e00-\u9fff]{2})", "", words)
    return words.strip(" ,;:-–—~。，；：!！")


def a_name(words: str) -> bool:
    """One word that can only be somebody's name: "Jane", "李娜"."""
    if CJK.match(words):
        return bool(re.fullmatch(rf"[{lx.CN_SURNAMES}][\u4e00-\u9fff]{{1,2}}", words))
    return bool(re.fullmatch(r"[A-Z][a-z]+", words)) and words.lower() not in lx.STOPWORDS


def a_label(words: str) -> bool:
    """A few words that only say who or where (a customer, a person), no verb of what to do."""
    tokens = re.findall(r"[A-Za-z][\w'’&.-]*|[\u4e00-\u9fff]+", words)
    plain = not any(p.search(words) for p in KIND_PATTERNS.values()) and not lx.STEP_MARKERS.search(words)
    return 1 <= len(tokens) <= 3 and plain
