"""i22-asks' own messages (session 22), written before any change, in set 11's world (its customers, setup
and harness: run with --customers/--setup/--harness benchmarks/understanding/set11). Two families:

- team_question: a question about a colleague's deals ("what has Tom got in negotiation") is answered from
  that colleague's deals, not the asker's; twins without a name keep the asker's own scope.
- typed_answer: "which customer?" answered by typing the choice's words and its deal's amount ("merdeka
  signed" → "furniture, 14k"; "天府签了" → "会展那边，22万"); an amount no choice's deal has is no answer.
- send_me: a contact detail asked to be sent ("send me the number for blackwater vets", "中科启航陈志远的手机
  发我一下") is a question, answered with the customer's card; twins that report or change a detail are not.
- wonder: a deal's state wondered about and nothing else ("not sure if the merdeka furniture deal is still
  alive", "不知道黔云那单还有没有戏") is a question: the customer's card answers it; twins that go on with a
  plan or report a call are stored.
- list_shown: "show me …" of one's own list in other words ("show me 下周的 reminders", "看看我下周的提醒")
  is the list, not a customer to find or create.
- said_amount: among customers the words name alike, the one whose open deal has the amount the news says
  it at ("merdeka signed 52k": Merdeka Print & Pack is the 52k deal); twins where no deal has the amount, or
  the amount is what a deal changes TO, still ask.

    python benchmarks/understanding/own/make_asks_s22.py  # writes own/asks_s22.json
"""

import json
from pathlib import Path


def q(i, lang, user, text, mentions, why):
    return {
        "id": f"s22-asks-{i}",
        "class": "team_question",
        "lang": lang,
        "user": user,
        "text": text,
        "expect": {"outcome": "nothing", "answer_mentions": mentions},
        "why": why,
    }


def store(i, lang, user, text, deal, why):
    return {
        "id": f"s22-asks-{i}",
        "class": "said_amount",
        "lang": lang,
        "user": user,
        "text": text,
        "expect": {"outcome": "store", "changes": {"deals": [deal]}},
        "why": why,
    }


def ask(i, lang, user, text, why):
    return {
        "id": f"s22-asks-{i}",
        "class": "said_amount_ask",
        "lang": lang,
        "user": user,
        "text": text,
        "expect": {"outcome": "ask"},
        "why": why,
    }


def two(i, lang, user, texts, deal, why):
    return {
        "id": f"s22-asks-{i}",
        "class": "typed_answer",
        "lang": lang,
        "user": user,
        "texts": texts,
        "expect": {"outcome": "store", "changes": {"deals": [deal]}},
        "why": why,
    }


def detail(i, lang, user, text, mentions, why):
    return {
        "id": f"s22-asks-{i}",
        "class": "send_me",
        "lang": lang,
        "user": user,
        "text": text,
        "expect": {"outcome": "nothing", "answer_mentions": mentions},
        "why": why,
    }


def wonder(i, lang, user, text, mentions, why):
    return {
        "id": f"s22-asks-{i}",
        "class": "wonder",
        "lang": lang,
        "user": user,
        "text": text,
        "expect": {"outcome": "nothing", "answer_mentions": mentions},
        "why": why,
    }


def shown(i, lang, user, text, mentions, why):
    return {
        "id": f"s22-asks-{i}",
        "class": "list_shown",
        "lang": lang,
        "user": user,
        "text": text,
        "expect": {"outcome": "nothing", "answer_mentions": mentions},
        "why": why,
    }


MESSAGES = [
    shown(
        "mx049",
        "mixed",
        "刘洋",
        "show me 下周的 reminders",
        ["锦江冷链|锦江", "科创"],
        "next week: Jan 15-21",
    ),
    shown("zh050", "zh", "刘洋", "看看我下周的提醒", ["锦江冷链|锦江", "科创"], "next week's reminders"),
    shown("en051", "en", "Tom", "show me next week's reminders", ["Schulze", "Glenbrae"], "Jan 15-21"),
    shown(
        "en052",
        "en",
        "Diego",
        "show me this weeks reminders pls",
        ["Redwood", "Los Altos|Tequilero"],
        "this week: Jan 9-14 (from now)",
    ),
    wonder(
        "en041",
        "en",
        "Priya",
        "not sure if the merdeka furniture deal is still alive",
        ["14,000"],
        "wondering",
    ),
    wonder("en042", "en", "Tom", "wonder if pendle valley is still going ahead", ["42,000"], "wondering"),
    wonder(
        "en043", "en", "Diego", "im not sure whether tahoe ridge is still in play", ["95,000"], "wondering"
    ),
    wonder("zh044", "zh", "刘洋", "不知道黔云那单还有没有戏", ["800,000"], "wondering"),
    wonder("zh045", "zh", "刘洋", "唔知天府会展嗰單仲傾唔傾得成", ["220,000"], "Cantonese wondering"),
    wonder("zh046", "zh", "王芳", "不确定鼎盛那个单子还在不在", ["650,000"], "wondering"),
    {
        "id": "s22-asks-en047",
        "class": "wonder_twin",
        "lang": "en",
        "user": "Tom",
        "text": "not sure if pendle valley will sign, chase them friday",
        "expect": {
            "outcome": "store",
            "changes": {"reminders": [{"customer": "Pendle Valley Dairies Ltd", "due": "2029-01-12"}]},
        },
        "why": "twin: goes on with a plan",
    },
    {
        "id": "s22-asks-zh048",
        "class": "wonder_twin",
        "lang": "zh",
        "user": "刘洋",
        "text": "不知道黔云那单还有没有戏，周五再打个电话问问",
        "expect": {
            "outcome": "store",
            "changes": {"reminders": [{"customer": "贵阳黔云大数据有限公司", "due": "2029-01-12"}]},
        },
        "why": "twin: goes on with a plan",
    },
    detail(
        "en033",
        "en",
        "Tom",
        "send me the number for blackwater vets pls",
        ["7700 905110"],
        "send me + detail",
    ),
    detail(
        "en034",
        "en",
        "Diego",
        "can u text me sofia's email at tahoe ridge",
        ["sofia.marchetti@tahoeridge.com"],
        "can u text me + detail",
    ),
    detail("zh035", "zh", "王芳", "中科启航陈志远的手机发我一下", ["139 1025 3018"], "detail + 发我一下"),
    detail("zh036", "zh", "刘洋", "天府会展联系人的邮箱给我下", ["heli@tfexpo.cn"], "detail + 给我下"),
    detail("zh037", "zh", "王芳", "发一下海润的联系方式给我", ["135 6532 3321"], "发一下 … 联系方式"),
    detail("mx038", "mixed", "王芳", "海润于经理的电话 send me 一下", ["135 6532 3321"], "mixed"),
    {
        "id": "s22-asks-zh039",
        "class": "send_me_twin",
        "lang": "zh",
        "user": "王芳",
        "text": "中科启航陈志远的手机改成13910253999",
        "expect": {
            "outcome": "store",
            "changes": {
                "contacts": [
                    {"customer": "北京中科启航信息技术有限公司", "name": "陈志远", "phone": "13910253999"}
                ]
            },
        },
        "why": "twin: a change of the detail, not a request",
    },
    {
        "id": "s22-asks-en040",
        "class": "send_me_twin",
        "lang": "en",
        "user": "Tom",
        "text": "ruth at blackwater vets sent me her new mobile: +44 7700 905999",
        "expect": {
            "outcome": "store",
            "changes": {
                "contacts": [
                    {
                        "customer": "Blackwater Veterinary Centre",
                        "name": "Ruth Penhaligon",
                        "phone": "+44 7700 905999",
                    }
                ]
            },
        },
        "why": "twin: a detail reported, stored",
    },
    two(
        "en025",
        "en",
        "Priya",
        ["merdeka signed", "the print one, 52k"],
        {"customer": "Merdeka Print & Pack Sdn Bhd", "stage": "won"},
        "words of the label + its deal's amount",
    ),
    two(
        "en026",
        "en",
        "Priya",
        ["merdeka lost", "furniture, 14k"],
        {"customer": "Merdeka Furniture Sdn Bhd", "stage": "lost"},
        "words of the label + its deal's amount",
    ),
    two(
        "en027",
        "en",
        "Priya",
        ["raffles signed", "the 45k one"],
        {"customer": "Raffles Quay Dental Group", "stage": "won"},
        "the amount alone",
    ),
    two(
        "zh028",
        "zh",
        "刘洋",
        ["天府签了", "会展那边，22万"],
        {"customer": "成都天府国际会展服务有限公司", "stage": "won"},
        "label word + amount",
    ),
    two(
        "zh029",
        "zh",
        "刘洋",
        ["天府签了", "56万那单"],
        {"customer": "成都天府云数科技有限公司", "stage": "won"},
        "the amount called a deal",
    ),
    two(
        "en030",
        "en",
        "Tom",
        ["blackwater signed", "vet centre, 9k"],
        {"customer": "Blackwater Veterinary Centre", "stage": "won"},
        "typo-free short words + amount",
    ),
    two(
        "zh031",
        "zh",
        "王芳",
        ["启航丢了", "38万那单"],
        {"customer": "北京中科启航信息技术有限公司", "stage": "lost"},
        "the amount called a deal",
    ),
    {
        "id": "s22-asks-en032",
        "class": "typed_answer_ask",
        "lang": "en",
        "user": "Priya",
        "texts": ["merdeka signed", "30k"],
        "expect": {"outcome": "ask"},
        "why": "no choice's deal is 30k",
    },
    q(
        "en001",
        "en",
        "Helen",
        "what has Tom got in negotiation",
        ["Pendle", "Schulze", "Malvern"],
        "Tom's open deals in negotiation",
    ),
    q(
        "en002",
        "en",
        "Helen",
        "show me diego's deals closing in march",
        ["Pacific Crest Credit", "Redwood"],
        "Diego's deals closing March 2029",
    ),
    q(
        "zh003",
        "zh",
        "Helen",
        "刘洋手上在谈判的单有哪些",
        ["天府云数", "锦江冷链", "黔云"],
        "刘洋's negotiation deals",
    ),
    q(
        "zh004",
        "zh",
        "Helen",
        "王芳下个月要成交的单",
        ["中科启航", "博远"],
        "王芳's deals closing in February",
    ),
    q(
        "en005",
        "en",
        "Helen",
        "priyas deals in negotiation?",
        ["Raffles Marine", "Penang"],
        "Priya's negotiation deals, no apostrophe",
    ),
    q(
        "en006",
        "en",
        "Tom",
        "what does Diego have closing this month?",
        ["Mojave"],
        "a rep asking about a colleague's deals: /deals all is open to reps",
    ),
    q("mx007", "mixed", "Helen", "show me 刘洋's negotiation deals", ["天府云数", "黔云"], "mixed"),
    q(
        "en008",
        "en",
        "Helen",
        "what's in negotiation?",
        ["Kampong Glam"],
        "twin: no colleague named, the manager's own scope (Helen has no reports in this world)",
    ),
    q(
        "en009",
        "en",
        "Priya",
        "what do I have in negotiation",
        ["Raffles Marine", "Penang"],
        "twin: one's own",
    ),
    store(
        "en010",
        "en",
        "Priya",
        "merdeka signed 52k today",
        {"customer": "Merdeka Print & Pack Sdn Bhd", "stage": "won"},
        "only Merdeka Print & Pack's deal is 52k",
    ),
    store(
        "en011",
        "en",
        "Priya",
        "merdeka 14k lost to a local maker",
        {"customer": "Merdeka Furniture Sdn Bhd", "stage": "lost"},
        "Merdeka Furniture's deal is 14k",
    ),
    store(
        "zh012",
        "zh",
        "王芳",
        "启航38万签了",
        {"customer": "北京中科启航信息技术有限公司", "stage": "won"},
        "中科启航 380000; 天津启航 150000",
    ),
    store(
        "zh013",
        "zh",
        "刘洋",
        "天府22万推到3月底",
        {"customer": "成都天府国际会展服务有限公司", "close_date": "2029-03-31"},
        "天府会展 is the 22万 deal",
    ),
    store(
        "en014",
        "en",
        "Tom",
        "blackwater 9k signed!!",
        {"customer": "Blackwater Veterinary Centre", "stage": "won"},
        "Blackwater Vets 9000; Blackwater Rail 160k/22k",
    ),
    store(
        "zh015",
        "zh",
        "王芳",
        "瑞丰 14万 丢了，客户选了别家",
        {"customer": "呼和浩特瑞丰物流有限公司", "stage": "lost"},
        "呼和浩特瑞丰 140000; 廊坊瑞丰 300000",
    ),
    store(
        "en016",
        "en",
        "Tom",
        "stroud 26k signed",
        {"customer": "Stroud Lettings", "stage": "won"},
        "Stroud Lettings 26000; Stroud Plumbing 22000; other Strouds none",
    ),
    store(
        "zh017",
        "zh",
        "刘洋",
        "自贡 31万 签了",
        {"customer": "自贡明德教育有限公司", "stage": "won"},
        "自贡明德 310000; 盛达 360000",
    ),
    store(
        "en018",
        "en",
        "Priya",
        "merdeka 14k -> 18k, they added two wardrobes",
        {"customer": "Merdeka Furniture Sdn Bhd", "amount": "18000"},
        "the from-amount names the deal",
    ),
    store(
        "zh019",
        "zh",
        "王芳",
        "瑞丰从30万降到28万",
        {"customer": "廊坊瑞丰物流有限公司", "amount": "280000"},
        "从30万: the deal's amount before",
    ),
    ask("en020", "en", "Priya", "merdeka signed 30k", "no Merdeka deal is 30k"),
    ask("zh021", "zh", "王芳", "启航改成38万", "38万 is what a deal changes to: either 启航"),
    ask("en022", "en", "Priya", "raffles up to 45k", "45k is the new amount, not the deal's"),
    ask("en023", "en", "Tom", "blackwater signed 20k", "no Blackwater deal is 20k"),
    ask("zh024", "zh", "刘洋", "天府那边推到3月底", "no amount: either 天府"),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("asks_s22.json")
    out.write_text(
        json.dumps({"split": "own", "messages": MESSAGES}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{len(MESSAGES)} messages → {out}")
