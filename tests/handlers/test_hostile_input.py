"""Hostile input at the handler entry: a short clear refusal, nothing stored, no apology, no traceback,
and the same outcome on SQLite and PostgreSQL (every test here runs on both)."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest
from sqlalchemy import select

from crm_store.errors import InvalidValue
from crm_store.limits import MESSAGE_LIMIT, REPLY_LIMIT, TEXT_LIMITS
from crm_store.models import Activity, Customer
from handlers.messages import IncomingMessage
from tests.conftest import texts
from tests.handlers.test_bad_input import snapshot

APOLOGY = "Sorry, something went wrong"


@pytest.fixture
def seeded(chat):
    chat.send("/customer add Acme Corporation")
    chat.send("/deal Acme 10k proposal")
    return chat


def use_handler(app, monkeypatch, name: str, handler) -> None:
    """Swap the handler of command /name for this test."""
    from handlers.commands.table import COMMANDS, PAYLOADS
    from handlers.registry import Registry

    commands = [replace(c, handler=handler) if c.name == name else c for c in COMMANDS]
    monkeypatch.setattr(app.assistant, "registry", Registry(commands, PAYLOADS))


def press(chat, payload: str) -> str:
    return texts(chat.assistant.handle(replace(chat._message(), payload=payload)))


@pytest.mark.parametrize(
    "payload",
    [
        "rem:done:²",
        "undo:²",
        "undo:٣",
        "undo:99999999999999999999999",
        "undo:18446744073709551617",
        "undo:-1",
        "undo:0",
        "rem:snooze:2147483648",
        "rem:done:1:²",
        "pick:99999999999999999999:0",
        "pick:1:²",
        "pick:²:0",
        "fill:²:1",
        "fill:1:99999999999999999999",
        "nosuchprefix:1",
        ":",
        "",
        "undo:\x00²",
        "UNDO:1",
        "undo:" + "9" * 5000,
        "rem:at:1:" + "x" * 5000,
    ],
)
def test_malformed_button_payloads_are_refused_like_expired_ones(app, admin, seeded, payload) -> None:
    before = snapshot(app, admin)
    reply = press(seeded, payload) if payload else texts(seeded.send(""))
    assert APOLOGY not in reply and "Traceback" not in reply
    assert any(words in reply for words in ("no longer works", "already answered", "Send me a message")), (
        reply
    )
    assert snapshot(app, admin) == before


@pytest.mark.parametrize(
    "message",
    [
        "/remind Acme call in 99999999 days",
        "/remind Acme call in 9999999999999 hours",
        "/remind Acme call in 99999999999999999999999999 minutes",
        "/remind call Acme 9999-12-31",
        "met Jane at Acme, follow up in 99999999 days",
        "拜访了Acme，99999999天后再跟进",
        "/deal Acme 20k close 2099-01-01",
    ],
)
def test_dates_out_of_bounds_get_a_clear_refusal(app, admin, seeded, message) -> None:
    before = snapshot(app, admin)
    reply = texts(seeded.send(message))
    assert "out of range" in reply and APOLOGY not in reply, reply
    assert snapshot(app, admin) == before


def test_a_close_date_that_cannot_be_read_is_refused_not_ignored(app, admin, seeded) -> None:
    before = snapshot(app, admin)
    for message in ("/deal Acme 50k close 2999", "/deal Acme close 2999", "/deal Acme 50k close someday"):
        reply = texts(seeded.send(message))
        assert "couldn't read the close date" in reply and "Deal updated" not in reply, reply
    assert snapshot(app, admin) == before
    assert "close" in texts(seeded.send("/deal Acme 50k close in 3 weeks"))
    assert snapshot(app, admin)["deals"][0]["expected_close"]


def test_a_day_its_month_does_not_have_is_refused_by_commands(app, admin, seeded) -> None:
    """Found by a garbage run: '/remind acme 31/02 9am' set a reminder on 28 Feb and '/deal acme close 31/02'
    a close on 28 Feb. Commands now refuse the words free text would ask about; real days still store."""
    seeded.send("/remind Acme call Jo tomorrow 9am")
    before = snapshot(app, admin)
    for message in (
        "/remind Acme call 31/02 9am",
        "/remind call Acme on 30 February",
        "/deal Acme close 31 Feb",
        "/deal Acme 20k close 2029-02-29",
        "/reminders move call Jo 30/02 10am",
    ):
        reply = texts(seeded.send(message))
        assert "can't be sure of" in reply and "set" not in reply and "updated" not in reply, (message, reply)
    assert snapshot(app, admin) == before
    assert "Reminder set" in texts(seeded.send("/remind Acme call 28/02 9am"))
    assert "close" in texts(seeded.send("/deal Acme close 28 Feb"))
    seeded.send("/lang zh")
    assert "无法确定“2月30号”" in texts(seeded.send("/remind Acme 打电话 2月30号"))


def test_the_chinese_user_is_refused_in_chinese(app, admin, seeded) -> None:
    seeded.send("/lang zh")
    assert "超出范围" in texts(seeded.send("/remind Acme call in 99999999 days"))
    assert "预计成交日期" in texts(seeded.send("/deal Acme 50k close 2999"))


def test_control_characters_and_nul_are_removed_alike_on_both_databases(app, admin, seeded) -> None:
    reply = texts(seeded.send("/log Acme: visited\x00 Jane\x07 \u202eevil\ud800 at noon"))
    assert "Logged" in reply and APOLOGY not in reply
    with app.db.transaction() as session:
        summary = session.scalars(select(Activity.summary)).one()
    assert summary == "visited Jane evil at noon"
    assert "Nothing" not in texts(seeded.send("/customer add Nul\x00Corp, notes=a\x00b"))
    with app.db.transaction() as session:
        assert session.scalars(select(Customer.name).where(Customer.name.like("Nul%"))).one() == "NulCorp"


def test_a_zero_width_space_is_no_name_and_no_break_inside_one(app, admin, seeded) -> None:
    """Found by a fuzz run: '/deal \u200b' offered to create a customer with an invisible name."""
    before = snapshot(app, admin)
    for message in ("/deal \u200b", "/customer add \u200b\u2060", "/deal \u200b\u200b 50k"):
        reply = texts(seeded.send(message))
        assert "\u200b" not in reply and "Create" not in reply, reply
    assert snapshot(app, admin) == before
    assert "Acme" in texts(seeded.send("called Ac\u200bme, no answer"))
    with app.db.transaction() as session:
        assert session.scalars(select(Activity.summary)).one() == "called Acme, no answer"


def test_text_with_no_letter_to_start_is_not_offered_as_a_new_customer(app, admin, seeded) -> None:
    """Found by a fuzz run on a fresh clone: '/find *' and '${jndi:ldap://x}' offered to create customers
    called '*' and '${jndi'. Such text is answered 'No customer matches'; a real name is still offered."""
    before = snapshot(app, admin)
    for message in ("/find *", "/find %", "/deal #!? 5k", "${jndi:ldap://x}", "/find <b>"):
        reply = texts(seeded.send(message))
        assert "Create" not in reply and "New customer" not in reply, (message, reply)
    assert "No customer matches “*”" in texts(seeded.send("/find *"))
    assert snapshot(app, admin) == before
    for name in ("Zephyr Analytics", "“Zephyr” Ltd", "3Dprint Labs", "(株)山田製作所"):
        assert "Create" in texts(seeded.send(f"/find {name}")), name


def test_an_overlong_message_is_refused_whole(app, admin, seeded) -> None:
    before = snapshot(app, admin)
    reply = texts(seeded.send("met Acme " + "x" * (MESSAGE_LIMIT * 3)))
    assert "too long" in reply and len(reply) < 300
    assert snapshot(app, admin) == before


def test_the_storage_guard_refuses_what_bypasses_the_repositories(app, admin) -> None:
    """Restores and imports write models directly; the guard holds the same limits there."""
    with pytest.raises(InvalidValue) as refused, app.db.transaction() as session:
        session.add(Customer(org_id=admin.org_id, name="A" * 100_000))
        session.flush()
    assert refused.value.code == "too_long" and refused.value.params["limit"] == TEXT_LIMITS["customers.name"]
    with pytest.raises(InvalidValue), app.db.transaction() as session:
        session.add(Customer(org_id=admin.org_id, name="Big Address", address="x" * 5_000_000))
        session.flush()
    with app.db.transaction() as session:
        session.add(Customer(org_id=admin.org_id, name="Nul\x00 Ltd\x1b", notes="line\x00 one\nline two"))
    with app.db.transaction() as session:
        row = session.scalars(select(Customer).where(Customer.name.like("Nul%"))).one()
        assert (row.name, row.notes) == ("Nul Ltd", "line one\nline two")


def test_find_on_a_record_with_the_largest_fields_stays_one_message(app, admin, seeded) -> None:
    big = {key.split(".")[1]: "y" * n for key, n in TEXT_LIMITS.items() if key.startswith("customers.")}
    with app.db.transaction() as session:
        customer = session.scalars(select(Customer)).one()
        for key in ("address", "phone", "website", "industry", "notes"):
            setattr(customer, key, big[key])
        customer.aliases = [f"{n} " + "z" * 290 for n in range(50)]
    for n in range(5):
        seeded.send(f"/log Acme: {n}" + "w" * (TEXT_LIMITS["activities.summary"] - 5))
    for n in range(8):
        seeded.send(f"/contact add Acme: Person {n}, title={'t' * 190}, email=p{n}@acme.example")
    card = texts(seeded.send("/find acme"))
    assert "Acme Corporation" in card and len(card) < 4096  # one Telegram message


def test_a_long_reply_is_cut_with_a_note(app, admin, seeded, monkeypatch) -> None:
    from handlers.messages import Reply

    use_handler(app, monkeypatch, "me", lambda ctx, args: Reply("line\n" * 100_000))
    reply = texts(seeded.send("/me"))
    assert len(reply) <= REPLY_LIMIT and "more characters not shown" in reply


def test_pressing_create_from_find_confirms_with_undo(app, admin, seeded) -> None:
    replies = seeded.send("/find ²²")
    assert any("Create" in b.label for r in replies for b in r.buttons)
    created = seeded.press("Create")
    assert "New customer" in texts(created)
    assert any(b.payload.startswith("undo:") for r in created for b in r.buttons)
    assert "Undone" in texts(seeded.press("Undo"))
    with app.db.transaction() as session:
        assert session.scalars(select(Customer.name).where(Customer.name == "²²")).all() == []


def test_unexpected_errors_log_no_message_text_at_info(app, admin, seeded, monkeypatch, caplog) -> None:
    def explode(ctx, args):
        raise ValueError(f"cannot read {args!r}")

    use_handler(app, monkeypatch, "find", explode)
    with caplog.at_level(logging.INFO):
        reply = texts(seeded.send("/find secret-customer-words"))
    assert reply.startswith(APOLOGY)
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "ValueError" in logged and "secret-customer-words" not in logged
    assert not any(r.exc_info for r in caplog.records if r.levelno >= logging.INFO)


def test_a_message_from_a_sender_with_hostile_ids_is_answered(app, admin) -> None:
    from handlers.messages import Sender

    for external_id in ("²", "9" * 400, "1\x00", "\ud800"):
        message = IncomingMessage(sender=Sender("telegram", external_id), chat_id="x\x00", text="/start")
        reply = texts(app.assistant.handle(message))
        assert APOLOGY not in reply


def test_guessing_start_codes_is_throttled_per_sender(app, chat, clock) -> None:
    from tests.handlers.test_access import invite_code, telegram

    code = invite_code(chat, name="Rita")
    for n in range(5):
        assert "don't know that code" in texts(
            app.assistant.handle(telegram("777", f"/start WRONG{n}X", message_id=str(n)))
        )
    refused = texts(app.assistant.handle(telegram("777", f"/start {code}", message_id="right")))
    assert "Too many wrong codes" in refused
    # Another sender is not held up by the guesser, and the right code still works after the wait.
    assert "don't know that code" in texts(app.assistant.handle(telegram("888", "/start WRONGXX")))
    clock.advance(hours=1, minutes=1)
    assert "Welcome, Rita" in texts(
        app.assistant.handle(telegram("777", f"/start {code}", message_id="later"))
    )


def test_any_path_that_creates_a_customer_offers_undo(app, admin, seeded, monkeypatch) -> None:
    from handlers.messages import Reply

    def quiet_create(ctx, args):
        ctx.store.customers.add("Silent Creation Ltd")
        return Reply("ok")

    use_handler(app, monkeypatch, "me", quiet_create)
    replies = seeded.send("/me")
    assert [b.label for r in replies for b in r.buttons] == ["Undo"]
    seeded.press("Undo")
    with app.db.transaction() as session:
        assert session.scalars(select(Customer).where(Customer.name == "Silent Creation Ltd")).all() == []


def test_an_old_over_long_value_does_not_block_other_changes(app, admin, seeded) -> None:
    """Rows stored before the limits existed stay usable: an update checks only what it changes."""
    from sqlalchemy import update

    with app.db.transaction() as session:
        session.execute(update(Customer).values(address="old " * 2000))
    assert "Logged" in texts(seeded.send("/log Acme: called, all fine"))
    assert "Updated" in texts(seeded.send("/customer set Acme: tier=A"))
    assert "too long" in texts(seeded.send("/customer set Acme: address=" + "x" * 1001))


@pytest.mark.parametrize(
    "message",
    [
        "/deal {name} 10k proposal",
        "/log {name}: called them",
        "/remind {name} call tomorrow 3pm",
        "/find {name}",
        "{name} wants 50k",
    ],
)
def test_every_reply_fits_one_platform_message_and_cuts_echoed_text(app, admin, seeded, message) -> None:
    """Questions, refusals and answers that quote what the user typed stay one Telegram message:
    the quoted text is cut with an ellipsis (a question used to echo the whole 3,900 characters)."""
    from crm_store.limits import ECHO_LIMIT, utf16_length

    name = "Ω" + "𝒜" * 1900  # astral letters: two UTF-16 units each, 3,801 in all
    replies = seeded.send(message.format(name=name))
    assert replies
    for reply in replies:
        assert utf16_length(reply.plain()) <= REPLY_LIMIT <= 4096
        assert name not in reply.text
        assert APOLOGY not in reply.text
        if "Ω𝒜" in reply.text:  # the name is quoted: cut, with an ellipsis
            assert "…" in reply.text and len(reply.text) < ECHO_LIMIT + 300


def test_answers_that_are_not_one_of_the_choices_change_nothing(app, admin, seeded) -> None:
    """In the terminal: "-1", "0", "3" of two and "+7" show the question again (its choices stay
    valid); twenty digits are read as a message; "²" and "٣" are words, not numbers. Nothing is
    created either way."""
    question = seeded.send("/deal Zed 5k")
    assert [b.label for b in question[-1].buttons] == ["Create “Zed”", "Cancel"]
    for answer in ("-1", "0", "3", "+7"):
        [again] = seeded.send(answer)
        assert again.text.startswith("Please answer with 1–2:\n")
        assert [b.label for b in again.buttons] == ["Create “Zed”", "Cancel"]
    assert "cancelled" in texts(seeded.send("2"))
    seeded.send("/deal Zed 5k")
    assert APOLOGY not in texts(seeded.send("99999999999999999999"))
    for answer in ("²", "٣", "½"):
        seeded.send("/deal Zed 5k")
        assert APOLOGY not in texts(seeded.send(answer))
    with app.db.transaction() as session:
        assert session.scalar(select(Customer).where(Customer.name == "Zed")) is None


def test_a_profile_with_an_overlong_name_or_unknown_zone_still_joins(app, admin) -> None:
    """What a platform says about a person is taken as far as it is usable: the name cut, an
    unknown time zone replaced by the default (it used to be an apology, and a stored "../../etc")."""
    from crm_store.limits import TEXT_LIMITS
    from crm_store.models import User
    from crm_store.repos.tenancy import Directory
    from handlers.messages import Sender

    with app.db.transaction() as session:
        code = Directory(session).issue_code(app.org().id, "invite", now=app.clock(), role="rep")
    sender = Sender("telegram", "777", display_name="N" * 500, timezone="../../etc", language="x" * 300)
    welcome = texts(app.assistant.handle(IncomingMessage(sender=sender, chat_id="c", text=f"/start {code}")))
    assert welcome.startswith("Welcome, NNN") and APOLOGY not in welcome
    with app.db.transaction() as session:
        user = session.scalars(select(User).where(User.display_name.startswith("NNN"))).one()
        assert len(user.display_name) <= TEXT_LIMITS["users.display_name"] and user.display_name.endswith("…")
        assert user.timezone == app.settings.default_timezone
