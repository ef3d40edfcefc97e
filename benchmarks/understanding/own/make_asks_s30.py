"""Own set of i30-asks (session 30): must-asks stored silently, by why the reader was sure, two worlds, twins.

Written before any change of session 30, from the causes of the lane's ids in focus M's read half (set 10's
world), never copying a read message (other customers, other words, both languages), in **set 10's world**
(focus M's files) and **set 11's world** (focus L's files). Each family has twins that drop the doubt and must
still store, so that asking everything does not pass. Families:

- `hedge`: the value is hedged by a word the reader did not know as a hedge: German ones in English
  ("wahrscheinlich", "vielleicht", "evtl.", "vermutlich", "eher", "könnte") and a Chinese "should" with an
  adverb between it and its verb ("应该很快会进入…", "應該好快會…");
- `factor`: the deal's size said to change by a factor or a share, with no figure ("可能翻倍", "might double
  the order", "预算可能砍一半", "could halve"), beside a logged interaction or alone;
- `outcome_words` (second batch): a win said in the writer's other language ("hat unterschrieben", Cantonese
  "PO 收咗"), with a name two customers share as the must-ask;
- `part_signed` (second batch): a part of the deal signed off ("signed off the revised layout"), not the deal;
  its twin signs off the contract or the order (a win);
- `scope_cut` (third batch, left unfixed): only a part goes ahead, no figure said ("pilot branch only, not all
  of them", "nur Phase 1", "只做一期，二期先不做了": the last one is stored as the deal lost);
- `asked`: an outcome or a stage said with a question mark ("X to lost?", "改成赢单？", "轉做negotiation？"):
  the writer asks whether to, it is no order and no question about the CRM.

Twins end in `_twin`. Before any change (main c25bd5e): w10 14/0/9/6 of 29, w11 8/0/4/3 of 15 (right / asked /
silently wrong / missed; three twins re-pointed off customers whose deal is lost, won or shared after the
first run, two twins given their contact). Second batch before its fix (main ce37159): w10 1/4/2/2 of 9, w11
1/1/1/1 of 4. Third batch on main b88d25d (not fixed this session): w10 3/0/1/1 of 5, w11 2/0/0/0 of 2.
Two files: `asks_s30_w10.json` (set 10's world, focus M's harness) and `asks_s30_w11.json` (set 11's world,
focus L's harness):

    B=$PWD/benchmarks/understanding  # absolute paths: relative ones fail the import
    for W in w10:focus-m w11:focus-l; do F=${W#*:}; quick.py --file $B/own/asks_s30_${W%:*}.json \
        --customers $B/$F/customers.csv --setup $B/$F/setup.txt --harness $B/$F; done
"""

from __future__ import annotations

import json
from pathlib import Path

ASK = {"outcome": "ask"}
MET = ["meeting", "visit"]
CALL = ["call"]


def deal(customer: str, **fields: str) -> dict:
    return {"outcome": "store", "changes": {"deals": [{"customer": customer, **fields}]}}


def deal_and_log(customer: str, kind: list[str], contact: str, **fields: str) -> dict:
    return {
        "outcome": "store",
        "changes": {
            "deals": [{"customer": customer, **fields}],
            "activities": [{"customer": customer, "kind": kind, "contact": contact}],
        },
    }


W10 = "w10"
W11 = "w11"
# (world, family, lang, user, text, expect)
MESSAGES: list[tuple[str, str, str, str, str, dict]] = [
    # --- hedge: a German hedge in English, a Chinese "should" with an adverb before its verb
    (W10, "hedge", "en", "Felix", "Nordwind: Jan meint, das wird wahrscheinlich eher 80k", ASK),
    (W10, "hedge", "en", "Felix", "Druckerei Trier budget vielleicht 17k, Miriam was vague", ASK),
    (W10, "hedge", "en", "Felix", "Donautal deal evtl. 30k statt 27k", ASK),
    (W10, "hedge", "en", "Felix", "Adler Apotheken vermutlich moving to negotiation in July", ASK),
    (W10, "hedge", "en", "Felix", "Rheinblick: Sabine said it könnte 70k werden", ASK),
    (W10, "hedge", "zh", "赵磊", "前海智联应该马上就会进入谈判阶段", ASK),
    (W10, "hedge", "zh", "赵磊", "新益食品应该很快会升到negotiation", ASK),
    (W10, "hedge", "zh", "陳嘉欣", "偉業茶餐廳應該好快會入proposal", ASK),
    (W11, "hedge", "en", "Tom", "Schulze Verpackung wird eher 52k, says their Einkauf", ASK),
    (
        W11,
        "hedge",
        "en",
        "Tom",
        "Brandt Elektrotechnik wahrscheinlich 30k, Jonas mentioned it on the phone",
        ASK,
    ),
    (W11, "hedge", "zh", "王芳", "润康制药应该很快会进入谈判阶段", ASK),
    (W11, "hedge", "zh", "刘洋", "川味坊那单应该马上会涨到12万", ASK),
    (
        W10,
        "hedge_twin",
        "en",
        "Felix",
        "Nordwind: Jan bestätigt, 80k fix",
        deal("Nordwind Energie GmbH", amount="80000"),
    ),
    (
        W10,
        "hedge_twin",
        "en",
        "Felix",
        "Donautal deal jetzt 30k, Stefan confirmed",
        deal("Donautal Fenster GmbH", amount="30000"),
    ),
    (
        W10,
        "hedge_twin",
        "en",
        "Felix",
        "Adler Apotheken moved to negotiation, Frank confirmed",
        deal("Adler Apotheken Gruppe", stage="negotiation"),
    ),
    (
        W10,
        "hedge_twin",
        "zh",
        "赵磊",
        "前海智联已经进入谈判阶段",
        deal("深圳市前海智联科技有限公司", stage="negotiation"),
    ),
    (
        W10,
        "hedge_twin",
        "zh",
        "陳嘉欣",
        "偉業茶餐廳入咗proposal",
        deal("葵涌偉業茶餐廳", stage="proposal"),
    ),
    (
        W11,
        "hedge_twin",
        "en",
        "Tom",
        "Schulze Verpackung now 52k, Matthias confirmed",
        deal("Schulze Verpackung GmbH", amount="52000"),
    ),
    (
        W11,
        "hedge_twin",
        "zh",
        "王芳",
        "润康制药进入谈判阶段了",
        deal("石家庄润康制药有限公司", stage="negotiation"),
    ),
    (
        W11,
        "hedge_twin",
        "zh",
        "刘洋",
        "川味坊那单涨到12万了",
        deal("成都川味坊食品有限公司", amount="120000"),
    ),
    # --- factor: the deal's size changes by a factor or a share, no figure said
    (W10, "factor", "zh", "赵磊", "拜访了新益食品，钟总说订单可能翻倍", ASK),
    (W10, "factor", "zh", "赵磊", "潮味食品那单可能要减半", ASK),
    (W10, "factor", "en", "Nadia", "visited red river co-op, shawn says they might double the order", ASK),
    (W10, "factor", "en", "Nadia", "call w linda at badger state cu, they could halve the budget", ASK),
    (W10, "factor", "zh", "陳嘉欣", "見咗長洲海鮮鄭生，佢話張單可能會翻倍", ASK),
    (W11, "factor", "en", "Priya", "Serangoon Aircon: Jeremy said they may double the order", ASK),
    (W11, "factor", "zh", "刘洋", "锦疆调味品谭总说预算可能砍一半", ASK),
    (
        W10,
        "factor_twin",
        "en",
        "Nadia",
        "visited red river co-op, shawn says the order is 70k now",
        deal_and_log("Red River Valley Co-op", MET, "Shawn McLeod", amount="70000"),
    ),
    (
        W10,
        "factor_twin",
        "zh",
        "陳嘉欣",
        "見咗長洲海鮮鄭生，張單加到8萬",
        deal_and_log("長洲海鮮酒家", MET, "鄭國榮", amount="80000"),
    ),
    (
        W10,
        "factor_twin",
        "zh",
        "赵磊",
        "潮味食品那单改成14万",
        deal("汕头市潮味食品有限公司", amount="140000"),
    ),
    (
        W11,
        "factor_twin",
        "en",
        "Priya",
        "Serangoon Aircon: Jeremy says the order is 30k now",
        deal("Serangoon Aircon Services", amount="30000"),
    ),
    (
        W11,
        "factor_twin",
        "zh",
        "刘洋",
        "锦疆调味品预算砍到6万5",
        deal("重庆锦疆调味品有限公司", amount="65000"),
    ),
    # --- asked: an outcome or a stage said with a question mark
    (W10, "asked", "en", "Nadia", "riverbend to lost?", ASK),
    (W10, "asked", "en", "Nadia", "north shore pediatric to negotiation?", ASK),
    (W10, "asked", "zh", "赵磊", "新益食品改成赢单？", ASK),
    (W10, "asked", "zh", "陳嘉欣", "長洲海鮮轉做negotiation？", ASK),
    (W11, "asked", "en", "Tom", "Kendal Vets to won?", ASK),
    (W11, "asked", "zh", "王芳", "恒源纸业改成输单？", ASK),
    (
        W10,
        "asked_twin",
        "en",
        "Nadia",
        "riverbend to lost, they went with another vendor",
        deal("Riverbend Senior Living", stage="lost"),
    ),
    (
        W10,
        "asked_twin",
        "en",
        "Nadia",
        "north shore pediatric to negotiation",
        deal("North Shore Pediatric Partners", stage="negotiation"),
    ),
    (W10, "asked_twin", "zh", "赵磊", "新益食品改成赢单", deal("惠州市新益食品有限公司", stage="won")),
    (W10, "asked_twin", "zh", "陳嘉欣", "長洲海鮮轉做negotiation", deal("長洲海鮮酒家", stage="negotiation")),
    (W11, "asked_twin", "en", "Tom", "Kendal Vets to won", deal("Kendal Vets", stage="won")),
    (
        W11,
        "asked_twin",
        "zh",
        "王芳",
        "恒源纸业改成输单，客户选了别家",
        deal("保定恒源纸业有限公司", stage="lost"),
    ),
    # --- second batch (written after the first landing, before its fix): outcomes said in the writer's
    # other language ("hat unterschrieben", Cantonese "PO 收咗"), and a part signed off, not the deal
    (
        W10,
        "outcome_words",
        "en",
        "Felix",
        "Rheinblick hat heute unterschrieben, Vertrag ist da",
        deal("Rheinblick Hotels GmbH", stage="won"),
    ),
    (
        W10,
        "outcome_words",
        "en",
        "Felix",
        "Druckerei Trier hat unterschrieben 🎉",
        deal("Druckerei Trier", stage="won"),
    ),
    (W10, "outcome_words", "zh", "陳嘉欣", "偉業茶餐廳 PO 收咗", deal("葵涌偉業茶餐廳", stage="won")),
    (W10, "outcome_words", "zh", "陳嘉欣", "長洲海鮮收咗PO喇", deal("長洲海鮮酒家", stage="won")),
    (W10, "outcome_words", "zh", "陳嘉欣", "偉業 PO 收咗", ASK),
    (W10, "outcome_words", "en", "Felix", "Trier hat unterschrieben!", ASK),
    (
        W11,
        "outcome_words",
        "en",
        "Tom",
        "Brandt Elektrotechnik hat unterschrieben, 26k",
        deal("Brandt Elektrotechnik GmbH", stage="won"),
    ),
    (
        W11,
        "outcome_words",
        "en",
        "Tom",
        "Schulze Verpackung: Matthias hat den Vertrag unterschrieben",
        deal("Schulze Verpackung GmbH", stage="won"),
    ),
    (
        W10,
        "part_signed",
        "en",
        "Felix",
        "Nordwind: Jan signed off the updated layout, deal is 78k now",
        deal("Nordwind Energie GmbH", amount="78000"),
    ),
    (
        W10,
        "part_signed",
        "en",
        "Nadia",
        "riverbend: carla signed off the revised floor plan, deal is now 66k",
        deal("Riverbend Senior Living", amount="66000"),
    ),
    (
        W11,
        "part_signed",
        "en",
        "Tom",
        "Kendal Vets: Niamh signed off the new spec, now 9k",
        deal("Kendal Vets", amount="9000"),
    ),
    (
        W10,
        "part_signed_twin",
        "en",
        "Felix",
        "Donautal: Stefan signed off the contract",
        deal("Donautal Fenster GmbH", stage="won"),
    ),
    (
        W11,
        "part_signed_twin",
        "en",
        "Tom",
        "Pendle Valley: Ewan signed off the order",
        deal("Pendle Valley Dairies Ltd", stage="won"),
    ),
    # --- third batch (after the second landing, before its fix): only a part goes ahead, no figure said
    (
        W10,
        "scope_cut",
        "en",
        "Nadia",
        "badger state cu: linda wants to start with the pilot branch only, not all of them",
        ASK,
    ),
    (W10, "scope_cut", "en", "Felix", "Rheinblick: Sabine will nur Phase 1, nicht das ganze Projekt", ASK),
    (W10, "scope_cut", "zh", "赵磊", "前海智联那边只做一期，二期先不做了", ASK),
    (
        W11,
        "scope_cut",
        "en",
        "Tom",
        "Pendle Valley: Ewan is going ahead with the trial site only, not the full estate",
        ASK,
    ),
    (
        W10,
        "scope_cut_twin",
        "en",
        "Nadia",
        "badger state cu: linda wants the pilot branch only, 40k",
        deal("Badger State Credit Union", amount="40000"),
    ),
    (
        W10,
        "scope_cut_twin",
        "zh",
        "赵磊",
        "前海智联只做一期，金额改成35万",
        deal("深圳市前海智联科技有限公司", amount="350000"),
    ),
    (
        W11,
        "scope_cut_twin",
        "en",
        "Tom",
        "Pendle Valley: Ewan is going ahead with the trial site only, 15k",
        deal("Pendle Valley Dairies Ltd", amount="15000"),
    ),
]


def build() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {W10: [], W11: []}
    for n, (world, family, lang, user, text, expect) in enumerate(MESSAGES, 1):
        twin = family.endswith("_twin")
        changes = expect.get("changes", {})
        cls = "must_ask" if expect["outcome"] == "ask" else "deal_update"
        if "deals" in changes and changes["deals"][0].get("stage") in ("won", "lost"):
            cls = "win" if changes["deals"][0]["stage"] == "won" else "lose"
        out[world].append(
            {
                "id": f"{world}-{family}-{n:02d}",
                "lang": lang,
                "class": cls,
                "user": user,
                "text": text,
                "expect": expect,
                "cause": family.removesuffix("_twin"),
                "twin": twin,
            }
        )
    return out


def main() -> None:
    here = Path(__file__).resolve().parent
    for world, messages in build().items():
        path = here / f"asks_s30_{world}.json"
        path.write_text(
            json.dumps({"messages": messages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(path, len(messages))


if __name__ == "__main__":
    main()
