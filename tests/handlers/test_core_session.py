"""The core conversation through the console adapter, checked against the exported records."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.conftest import texts
from tests.support.exported import exported


def test_scripted_session_produces_matching_rows(app, admin, chat) -> None:
    assert "New customer Acme Corporation" in texts(
        chat.send("/customer add Acme Corporation, industry=Manufacturing, phone=+1 415 555 0100")
    )
    assert "New customer Globex" in texts(chat.send("/customer add Globex Inc, alias=Globex"))
    assert "Jane Doe" in texts(chat.send("/contact add Acme: Jane Doe, title=CTO, email=jane@acme.example"))
    assert "Logged visit" in texts(chat.send("/log Acme: visited Jane, demo went well"))
    assert "New deal" in texts(chat.send("/deal Acme 20 seats 24k proposal close 15 Dec"))
    moved = texts(chat.send("/stage Acme negotiation"))
    assert "proposal → negotiation" in moved
    assert "Reminder set" in texts(chat.send("/remind Acme call back tomorrow 3pm"))
    card = texts(chat.send("/find acmee corp"))  # a typo
    assert card.startswith("Acme Corporation") and "Jane Doe" in card and "negotiation" in card

    data = exported(app, admin)
    assert [c["name"] for c in data["customers"]] == ["Acme Corporation", "Globex Inc"]
    acme = data["customers"][0]
    assert acme["industry"] == "Manufacturing" and acme["lifecycle"] == "prospect"
    assert acme["contacts"] == [{"id": acme["contacts"][0]["id"], "name": "Jane Doe", "title": "CTO",
                                 "phone": None, "email": "jane@acme.example", "extra": None}]  # fmt: skip
    assert data["customers"][1]["aliases"] == ["Globex"]
    [activity] = data["activities"]
    assert (activity["kind"], activity["customer"], activity["contact"]) == (
        "visit",
        "Acme Corporation",
        "Jane Doe",
    )
    assert activity["summary"] == "visited Jane, demo went well"
    assert activity["author"] == admin.display_name and activity["platform"] == "console"
    [deal] = data["deals"]
    assert (deal["customer"], deal["title"], deal["amount"], deal["currency"]) == (
        "Acme Corporation",
        "20 seats",
        24000,
        "USD",
    )
    assert (deal["stage"], deal["status"], deal["expected_close"]) == ("negotiation", "open", "2026-12-15")
    assert [(h["from_stage"], h["to_stage"]) for h in deal["stage_history"]] == [
        (None, "proposal"),
        ("proposal", "negotiation"),
    ]
    [reminder] = data["reminders"]
    # 3pm in Europe/Berlin (UTC+1 in November) tomorrow (the clock says Mon 23 Nov 2026 09:00 UTC)
    assert datetime.fromisoformat(reminder["due_at"]) == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    assert (reminder["text"], reminder["customer"], reminder["status"]) == (
        "call back",
        "Acme Corporation",
        "pending",
    )


def test_ambiguous_name_asks_with_buttons_then_uses_the_choice(app, admin, chat) -> None:
    chat.send("/customer add Acme Robotics")
    chat.send("/customer add Acme Logistics")
    question = chat.send("/log acme: called about pricing")
    assert question[0].text.startswith("Which customer")
    labels = [b.label for b in question[0].buttons]
    assert "Acme Robotics" in labels and "Acme Logistics" in labels and labels[-1] == "Cancel"
    assert exported(app, admin)["activities"] == []  # nothing stored on a guess
    logged = texts(chat.press("Acme Logistics"))
    assert "Logged call · Acme Logistics" in logged
    [activity] = exported(app, admin)["activities"]
    assert activity["customer"] == "Acme Logistics"
    # the same question cannot be answered twice
    assert "already answered" in texts(
        chat.assistant.handle(chat._message(payload=question[0].buttons[0].payload))
    )


def test_unknown_customer_offers_to_create(app, admin, chat) -> None:
    offer = chat.send("/log Initech: called Bill, no answer")
    assert "don't know a customer called “Initech”" in offer[0].text
    assert "Logged call · Initech" in texts(chat.press("Create"))
    data = exported(app, admin)
    assert [c["name"] for c in data["customers"]] == ["Initech"]
    assert data["activities"][0]["customer"] == "Initech"


def test_cancel_stores_nothing(app, admin, chat) -> None:
    chat.send("/deal Umbrella 5k")
    assert "Nothing was saved" in texts(chat.press("Cancel"))
    assert exported(app, admin)["customers"] == []


def test_undo_reverts_the_whole_message(app, admin, chat) -> None:
    chat.send("/customer add Hooli")
    chat.send("/deal Hooli 30k proposal")
    assert "Undone: New deal" in texts(chat.send("/undo"))
    data = exported(app, admin)
    assert data["deals"] == [] and data["customers"][0]["lifecycle"] == "lead"
    assert "Undone: New customer Hooli" in texts(chat.send("/undo"))
    assert exported(app, admin)["customers"] == []
    assert "nothing of yours to undo" in texts(chat.send("/undo"))


def test_undo_button_on_a_confirmation(app, admin, chat) -> None:
    chat.send("/customer add Stark Industries")
    confirmation = chat.send("/log Stark: emailed the proposal")
    assert confirmation[0].buttons[-1].label == "Undo"
    assert "Undone" in texts(chat.press("Undo"))
    assert exported(app, admin)["activities"] == []


def test_won_and_lost(app, admin, chat) -> None:
    chat.send("/customer add Initech")
    chat.send("/customer add Vandelay Industries")
    chat.send("/deal Initech 18k qualified")
    chat.send("/deal Vandelay 9k proposal")
    assert "Won" in texts(chat.send("/won Initech 20k"))
    assert "Why was it lost" in texts(chat.send("/lost Vandelay"))
    assert "Lost: Vandelay Industries" in texts(chat.send("/lost Vandelay to a competitor on price"))
    deals = {d["customer"]: d for d in exported(app, admin)["deals"]}
    assert (deals["Initech"]["status"], deals["Initech"]["amount"]) == ("won", 20000)
    assert deals["Vandelay Industries"]["lost_reason"] == "a competitor on price"
    customers = {c["name"]: c["lifecycle"] for c in exported(app, admin)["customers"]}
    assert customers == {"Initech": "customer", "Vandelay Industries": "prospect"}


def test_several_open_deals_ask_which(app, admin, chat) -> None:
    chat.send("/customer add Wayne Enterprises")
    chat.send("/deal Wayne 10k security audit")
    chat.send("/deal new Wayne 50k fleet licences")
    question = chat.send("/stage Wayne negotiation")
    assert "several open deals" in question[0].text
    chat.press("fleet licences")
    stages = {d["title"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages == {"security audit": "lead", "fleet licences": "negotiation"}


def test_pipeline_and_today(app, admin, chat, add_user) -> None:
    chat.send("/customer add Globex")
    chat.send("/deal Globex 100k negotiation close tomorrow")
    chat.send("/remind Globex send contract today 6pm")
    pipeline = texts(chat.send("/pipeline"))
    assert "negotiation: 1 deal · $100,000 · weighted $75,000" in pipeline
    today = texts(chat.send("/today"))
    assert "send contract" in today and "Globex" in today and "Deals closing soon" in today


def test_manager_pipeline_covers_the_team_only(app, admin, add_user) -> None:
    from bot.console import ConsoleChat

    boss = add_user("Mona", role="manager")
    rep = add_user("Rick", manager=boss)
    outsider = add_user("Olga")
    for user, company, amount in (
        (rep, "Initech", "10k"),
        (outsider, "Globex", "99k"),
        (boss, "Hooli", "5k"),
    ):
        conversation = ConsoleChat(app.assistant, user.id)
        assert "Create" in conversation.send(f"/deal {company} {amount}")[0].buttons[0].label
        assert "New deal" in texts(conversation.send("1"))  # create the customer when asked
    mona = texts(ConsoleChat(app.assistant, boss.id).send("/pipeline"))
    assert "$15,000" in mona and "99,000" not in mona
    rick = texts(ConsoleChat(app.assistant, rep.id).send("/pipeline"))
    assert "$10,000" in rick and "15,000" not in rick


def test_rep_cannot_change_someone_elses_deal(app, admin, add_user) -> None:
    from bot.console import ConsoleChat

    sam, kim = add_user("Sam"), add_user("Kim")
    sams = ConsoleChat(app.assistant, sam.id)
    sams.send("/customer add Soylent")
    sams.send("/deal Soylent 7k")
    refused = texts(ConsoleChat(app.assistant, kim.id).send("/stage Soylent proposal"))
    assert "belongs to Sam" in refused
    assert exported(app, admin)["deals"][0]["stage"] == "lead"


def test_dates_and_money_follow_the_users_locale(app, admin, chat) -> None:
    chat.send("/lang zh")
    chat.send("/customer add 华为技术有限公司")
    reply = texts(chat.send("/deal 华为技术有限公司 50万 proposal close 12月15日"))
    assert "¥500,000" in reply  # 50万 in a Chinese message is yuan (issue 5), shown the Chinese way
    assert "12月15日" in reply
    deal = exported(app, admin)["deals"][0]
    assert deal["expected_close"] == date(2026, 12, 15).isoformat() and deal["currency"] == "CNY"
