"""Email addresses and phone numbers written in a message: contact details, never amounts or dates."""

from __future__ import annotations

import re

from handlers.parsing.quantities import reference_codes

# ASCII only: "關家豪的邮箱是howard.kwan@winglee.hk" — the Chinese words before it are no part of the address
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# it ends where the digits end, also run into Chinese ("139 1023 5567你给更新下": the whole number), but not
# before a letter, a unit or a decimal point
PHONE = re.compile(
    r"(?<![A-Za-z0-9_.])(?:\+?\d|\(\d)(?:[\d\s()-]|\.(?!\s)){5,18}\d"
    r"(?![A-Za-z0-9_]|\.\d|[^\W\d_\u4e00-\u9fff]|[万萬千百元块塊亿億])"
)  # "(312) 555-0142" whole; "+48 601 223 845." whole (a full stop ends the sentence, "0147. 3 sites" too)
_PHONE_CUE = re.compile(
    r"\b(cell|mobile|phone|tel|number|direct line|whatsapp|new #|#)|手机|电话|号码|座机|微信号"
    r"|手提(?!包|电脑|袋|箱)|行动电话",  # Hong Kong's 手提 (a mobile), Taiwan's 行動電話
    re.IGNORECASE,
)

_FOUR_FOUR = re.compile(r"\d{4} \d{4}")
# a name written right before them: "Kenneth Lim", or two or three Chinese characters set apart from what is
# before them ("行政經理 袁美華", "新聯絡人：袁美華"), not a label ("订单号 1234 5678")
_NAME_BEFORE = re.compile(
    r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\s*$|(?:^|[\s:：,，、])[\u4e00-\u9fff]{1,2}[^\W\d_号码单费价额]\s+$"
    # or the last of a list that starts with the name: "Ryan Goh, QA manager, 9456 7788" (a title or a
    # department between, no figure)
    r"|(?:^|[\s:：\-–])[A-Z][a-z]+(?: [A-Z][a-z]+)+\s*[,，](?:\s*[^,，;；:：\d\n]{1,30}[,，]){1,2}\s*$"
)

# A phone number said in Chinese numerals after its label: "电话一三九七一二三…", "手机幺三八…" (幺 is 1).
_CN_DIGITS = "零〇一二三四五六七八九幺两"
_CN_PHONE = re.compile(rf"[{_CN_DIGITS}](?:[ \t-]?[{_CN_DIGITS}]){{6,14}}(?![{_CN_DIGITS}十百千万亿])")
_CN_DIGIT_VALUE = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {
    "〇": "0",
    "幺": "1",
    "两": "2",
}


def phone_digits(written: str) -> str:
    """A phone number as written, its Chinese numerals as digits ("一三九 七一二三" → "139 7123")."""
    return "".join(_CN_DIGIT_VALUE.get(c, c) for c in written)


# Digits a label says are a document's or an account's number: "PO no. 4500012873", "invoice #88123", "订单号
# 4500012873", "acct 0123456789".
_LABELLED_NUMBER = re.compile(
    r"(?:\b(?:po|p\.o\.|order|invoice|inv|ref|reference|ticket|case|quote|quotation|contract|tracking|serial)"
    r"\s*(?:no\.?|number|num|#)|订单号|單號|单号|编号|編號|发票号|發票號|統編|统编"
    # a bank account's or an invoice's number, said with or without "no.": "their acct 0123456789",
    # Spanish "factura 88213", "licitación no. 2033-117"
    r"|\b(?:acct|account|a/c|iban|factura|folio|licitaci[óo]n)\s*(?:no\.?|number|num|#)?)\s*[:：.]?\s*(\d[\d-]{3,}\d)",
    re.IGNORECASE,
)


def details_spans(text: str) -> list[tuple[int, int]]:
    """Where the message writes an email address or a phone number (not amounts, not dates)."""
    spans = [m.span() for m in EMAIL.finditer(text)]
    for match in _CN_PHONE.finditer(text):
        if _PHONE_CUE.search(text[max(0, match.start() - 8) : match.start()]):
            spans.append(match.span())
    # "合同编号HT-2029-118", "PO no. 4500012873": a code's or a document's digits are no phone
    codes = reference_codes(text) + [m.span(1) for m in _LABELLED_NUMBER.finditer(text)]
    for match in PHONE.finditer(text):
        if any(a <= match.start() < b for a, b in codes):
            continue
        digits = re.sub(r"\D", "", match.group(0))
        cue = _PHONE_CUE.search(text[max(0, match.start() - 16) : match.start()])
        # "new purchasing guy Kenneth Lim 9123 8877", "行政經理 袁美華 9123 4567": two fours after a name
        cue = cue or (_FOUR_FOUR.fullmatch(match.group(0)) and _NAME_BEFORE.search(text, 0, match.start()))
        if (len(digits) >= 10 or (cue and len(digits) >= 7)) and not any(
            a < match.end() and match.start() < b for a, b in spans
        ):
            spans.append(match.span())
    return spans
