"""Traditional Chinese folded to simplified, and Taiwan words to their mainland equivalents.

Reps in Taiwan and Hong Kong write 下週三, 兩點, 簽約, 離職, 專案, 合約, 傳訊息; the readers' patterns
are written in simplified characters and mainland words, and customer lists hold names in either
script. `simplified` is the one fold for both: the message reader folds what the user typed with it,
and the search index folds every customer name, alias and contact with it (through
`normalize.fold`), so 台灣精密 typed finds 台湾精密 stored and the other way round. Stored names are
never rewritten: only what is compared is folded.

Folding keeps every position (one character for one character, a word for a word of the same length),
so spans found in the folded text point at the same characters of what the user typed. The character
table is OpenCC's traditional→simplified list (TSCharacters, via the opencc-purepy package: every
character, not only the ones we thought of), first choice per character; the short list below is kept
for characters whose OpenCC first choice is not the one CRM messages mean.
"""

from __future__ import annotations

import re
from importlib.resources import files

_PAIRS = (
    "幣币 鈔钞 匯汇 "
    "豐丰 灣湾 臺台 語语 學学 歡欢 興兴 寶宝 鳳凤 龍龙 興兴 聖圣 廣广 榮荣 圓圆 園园 壽寿 華华 滬沪 蘭兰 "
    "誰谁 嗎吗 識识 帶带 區区 啥啥 幹干 麵面 聽听 問问 無无 樓楼 戰战 買买 賣卖 貴贵 錯错 對对 講讲 "
    "週周 點点 後后 個个 號号 禮礼 時时 鐘钟 來来 電电 話话 會会 開开 見见 議议 訪访 單单 約约 "
    "簽签 價价 報报 戶户 聯联 繫系 係系 郵邮 幾几 們们 這这 說说 談谈 為为 車车 貿贸 東东 醫医 "
    "療疗 華华 業业 門门 問问 題题 麼么 樣样 還还 沒没 與与 給给 發发 讓让 記记 錄录 準准 備备 "
    "兩两 萬万 億亿 塊块 錢钱 總总 經经 務务 產产 購购 採采 貨货 術术 網网 絡络 頭头 動动 運运 "
    "處处 長长 趙赵 劉刘 陳陈 楊杨 黃黄 吳吴 孫孙 馬马 鄭郑 謝谢 韓韩 馮冯 鄧邓 葉叶 蘇苏 盧卢 "
    "譚谭 陸陆 賈贾 龍龙 顧顾 嚴严 關关 門门 歲岁 團团 國国 際际 貝贝 質质 飯饭 場场 戲戏 頓顿 "
    "見见 聽听 覺觉 確确 認认 滿满 們们 遲迟 還还 過过 邊边 遠远 進进 選选 輸输 贏赢 敗败 標标 "
    "達达 應应 該该 將将 預预 計计 劃划 師师 師师 莊庄 資资 訊讯 號号 碼码 額额 費费 稅税 線线 "
    "績绩 優优 惠惠 專专 層层 舊旧 筆笔 紙纸 廠厂 鋼钢 鐵铁 裝装 設设 機机 器器 醫医 藥药 廣广 "
    "濟济 農农 銀银 行行 險险 證证 券券 實实 驗验 視视 頻频 圖图 書书 館馆 轉转 傳传 遞递 寫写 "
    "讀读 決决 定定 體体 驗验 晚晚 較较 與与 現现 態态 況况 啟启 闆板 負负 責责 負负 擔担 擬拟 "
    "續续 紀纪 檔档 詢询 諮咨 詳详 細细 據据 訂订 貨货 數数 據据 盤盘 點点 擊击 鍵键 狀状 聯联 "
    "絡络 員员 頁页 項项 內内 務务 員员 雙双 "
)


def _opencc_characters() -> dict[int, str]:
    table: dict[int, str] = {}
    text = files("opencc_purepy").joinpath("dicts/TSCharacters.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1:
            table[ord(source)] = target
    return table


_WIDE_DIGITS = {0xFF10 + i: str(i) for i in range(10)}  # "１月２０号上午１０点": full-width digits
_TABLE = _opencc_characters() | {ord(pair[0]): pair[1] for pair in _PAIRS.split()} | _WIDE_DIGITS


# Taiwan words for what the readers know by their mainland words, after the characters are folded; each
# pair has one length. Words of business talk only (OpenCC's TWPhrasesRev is mostly computing terms and
# foreign names, and some of its pairs would change CRM words: 線上→在線 breaks 线上会).
_TAIWAN_WORDS = {
    "专案": "项目",  # 晶華的專案延到七月底
    "合约": "合同",  # 合約下禮拜五簽
    "讯息": "消息",  # 用Line傳訊息
    "简讯": "短信",
    "礼拜": "星期",  # 下禮拜三, 禮拜五下午
    "估价": "报价",  # 估價單
    "简报": "演示",  # 約下週二簡報 (a presentation)
    "电邮": "邮件",
    "回覆": "回复",
    "软体": "软件",
    "硬体": "硬件",
    "晶片": "芯片",
    "网路": "网络",
    "资讯": "信息",
    "联络": "联系",
    "行销": "营销",
}
# Hong Kong Cantonese function words and time words, as Mandarin ones (after the characters are folded;
# each pair has one length): "唔係金山軟件，係金山電子", "聽日下晝三點", "搞錯咗", "同佢傾咗", "喺公司".
# 係 as "is" is taken before the character fold (which makes it 系, as in 關係): see `_CANTONESE_IS`.
_CANTONESE_WORDS = {
    "唔该": "谢谢",  # please / thanks, not "should not"
    "唔": "不",  # 唔係 不是, 唔使 不用, 唔得 不行
    "咗": "了",
    "嘅": "的",
    "佢": "他",
    "喺": "在",
    "嚟": "来",
    "冇": "没",
    "嗰": "那",
    "𠮶": "那",  # 嗰 as OpenCC folds it
    "啲": "些",
    "揾": "找",
    "俾": "给",
    "听日": "明天",
    "听朝": "明早",
    "琴日": "昨天",
    "寻日": "昨天",
    "今日": "今天",
    "今朝": "今早",
    "啱啱": "刚刚",  # 啱啱WhatsApp我: just now
    "头先": "刚才",
    "下昼": "下午",
    "晏昼": "中午",
    "朝早": "早上",
    "边个": "哪个",
    "边间": "哪家",
    "呢个": "这个",
    "呢单": "这单",
    "呢间": "这家",
    "寻晚": "昨晚",
    "琴晚": "昨晚",
    "听晚": "明晚",
    "今个": "这个",  # 今個月尾 this month's end, 今個禮拜
    "月尾": "月底",  # 8月尾 the end of August
    "月头": "月初",
    "搞掂": "搞定",
    "未签": "没签",
    "改做": "改成",
    "再倾": "再谈",
    "饮茶": "喝茶",
    "食饭": "吃饭",  # 同佢食咗飯: a meal with them
}
# Shanghainese (Wu): "明朝签" tomorrow, "来阿拉公司" our, "伊讲" / "伊拉" he said / they, "侬" you (a
# closing 伐 stays: "报价我来出伐？" is asked of a colleague, not of the bot)
_CANTONESE_WORDS.update(
    {
        "明朝": "明天",
        "阿拉": "我们",
        "伊讲": "他说",
        "讲伊": "说她",
        "伊拉": "他们",
        "侬": "你",
    }
)
# Shaanxi 额 for 我, where it cannot be the 额 of 金额 / 额度: "提醒额给王总打电话"
_CANTONESE_WORDS.update({"提醒额": "提醒我", "跟额": "跟我", "给额": "给我", "找额": "找我"})
# The north-west's sentence-final 咧 for 了: "提醒不要咧" (not wanted any more), "对完合同咧"
_CANTONESE_WORDS.update({f"{c}咧": f"{c}了" for c in "要完好签定到走去来过"})
_CANTONESE_WORDS.update({f"倾{c}": f"谈{c}" for c in "了完过好下吓咗"})  # 傾咗 talked (倾向, 倾听 stay)
_TAIWAN_WORDS.update(_CANTONESE_WORDS)
_TAIWAN = re.compile("|".join(map(re.escape, sorted(_TAIWAN_WORDS, key=len, reverse=True))))
# 係 said as "is" (唔係…係…, 係咪): not inside 關係/聯係/體係 or before 統/列/數 (系统, 系列, 系数).
_CANTONESE_IS = re.compile(r"(?<![關关聯联體体派維维世])係(?![統统列數数])")
# Cantonese typed in simplified characters writes 係 as 系 ("唔系穗安，系穗港物流"): read as "is" the same
# way, in a message that is Cantonese by its other words (唔, 咗, 嘅, 佢, 嗰, 喺, 冇, 咪, 啱), never in
# Mandarin.
_CANTONESE_IS_SIMPLIFIED = re.compile(r"(?<![关联体派维世院直])系(?![统列数主])")
_CANTONESE_MARK = re.compile(r"[唔咗嘅佢嗰喺冇咪啱]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def simplified(text: str) -> str:
    """`text` in simplified characters and mainland words; same length, same positions."""
    if text.isascii():
        return text
    folded = _CANTONESE_IS.sub("是", text)
    if "系" in folded and _CANTONESE_MARK.search(folded):
        folded = _CANTONESE_IS_SIMPLIFIED.sub("是", folded)
    folded = folded.translate(_TABLE)
    return _TAIWAN.sub(lambda m: _TAIWAN_WORDS[m.group(0)], folded) if _HAN.search(folded) else folded
