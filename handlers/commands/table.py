"""The command table: every command with its help text, in one place.

`/help` and the platforms' command menus (Telegram's setMyCommands, ...) are built from it.
"""

from __future__ import annotations

from functools import cache

from handlers.commands import (
    account,
    activities,
    customers,
    deal_upkeep,
    deals,
    fixing,
    followups,
    history,
    lists,
    people,
    pipeline,
    reminder_list,
    reminders,
    removing,
    roles,
    team,
)
from handlers.commands.help import help_command, start
from handlers.context import Ctx
from handlers.i18n import N_
from handlers.paging import turn_page
from handlers.registry import Command, PayloadRoute, Registry, Replies

MANAGERS = frozenset({"manager", "admin"})
ADMINS = frozenset({"admin"})

COMMANDS = (
    Command("help", help_command, N_("Show what I can do"), N_("/help [command]")),
    Command(
        "log",
        activities.log,
        N_("Log a call, visit, meeting, email or complaint"),
        N_("/log <customer>: <what happened>"),
        N_("/log Acme: visited Jane, demo went well"),
    ),
    Command(
        "deal",
        deals.deal,
        N_("Create or update a deal"),
        N_("/deal <customer> [amount] [stage] [close <date>] [title]"),
        N_("/deal Acme 50k proposal close 15 Dec"),
    ),
    Command(
        "stage",
        deals.stage,
        N_("Move a deal to another stage"),
        N_("/stage <customer> <stage>"),
        N_("/stage Acme negotiation"),
    ),
    Command("won", deals.won, N_("Mark a deal won"), N_("/won <customer> [amount]"), N_("/won Acme")),
    Command(
        "lost",
        deals.lost,
        N_("Mark a deal lost, with the reason"),
        N_("/lost <customer> <reason>"),
        N_("/lost Initech lost to a competitor on price"),
    ),
    Command(
        "find",
        customers.find,
        N_("Find a customer: contacts, deals, last activities"),
        N_("/find <name, contact or phone>"),
        N_("/find acme"),
        aliases=("search",),
    ),
    Command(
        "customer",
        customers.customer,
        N_("Add or edit a customer"),
        N_("/customer add <name>, phone=..., industry=... | /customer set <customer>: tier=A"),
        N_("/customer add Acme Corp, industry=Manufacturing"),
    ),
    Command(
        "contact",
        customers.contact,
        N_("Add a contact person to a customer"),
        N_("/contact add <customer>: <name>, title=..., phone=..., email=..."),
        N_("/contact add Acme: Jane Doe, title=CTO"),
    ),
    Command(
        "customers",
        lists.customers,
        N_("List customers: yours, your team's or all; by tier, industry, or gone quiet"),
        N_("/customers [mine|team|all] [tier A] [industry <name>] [quiet]"),
        N_("/customers tier A quiet"),
    ),
    Command(
        "deals",
        lists.deals,
        N_("List deals: open by default; by stage, won or lost, closing in a period"),
        N_("/deals [mine|team|all] [stage] [won|lost] [closing this month]"),
        N_("/deals proposal closing this month"),
    ),
    Command(
        "contacts",
        lists.contacts,
        N_("The contact people of a customer"),
        N_("/contacts <customer>"),
        N_("/contacts Acme"),
    ),
    Command(
        "history",
        history.history,
        N_("A customer's whole history, or search activities by words, kind and period"),
        N_("/history <customer> [kind] [words] [period] | /history <kind> <period>"),
        N_("/history Acme complaint"),
    ),
    Command(
        "edit",
        fixing.edit,
        N_("Correct a customer, contact, deal or activity"),
        N_(
            "/edit <customer>: tier=A | /edit contact <name>: title=… | /edit deal <customer>: amount=… | "
            "/edit activity [customer]: text=…, kind=…"
        ),
        N_("/edit deal Acme: amount=30k, close=15 Dec"),
    ),
    Command(
        "delete",
        removing.delete,
        N_("Delete an activity, deal, contact or customer (asks first; undoable)"),
        N_("/delete customer|deal|contact|activity <which>"),
        N_("/delete deal Acme"),
    ),
    Command(
        "reopen",
        deal_upkeep.reopen,
        N_("Reopen a won or lost deal, optionally with a new amount"),
        N_("/reopen <customer> [amount] [stage]"),
        N_("/reopen Acme 40k"),
    ),
    Command(
        "rename",
        deal_upkeep.rename,
        N_("Rename a deal"),
        N_("/rename <customer>: <new title>"),
        N_("/rename Acme: Acme 2027 renewal"),
    ),
    Command(
        "reassign",
        deal_upkeep.reassign,
        N_("Give a deal (or a whole customer) to another rep"),
        N_("/reassign <customer> to <person> | /reassign customer <customer> to <person>"),
        N_("/reassign Acme to Anna Schmidt"),
    ),
    Command(
        "left",
        people.left,
        N_("A contact left the company (kept in history); optionally name who replaces them"),
        N_("/left <contact> at <customer>[, <new person> is the new <title>]"),
        N_("/left Jane Doe at Acme, Sarah Lee is the new CTO"),
    ),
    Command(
        "remind",
        reminders.remind,
        N_("Set a follow-up reminder"),
        N_("/remind [customer] <what> <when>"),
        N_("/remind Acme call back tomorrow 3pm"),
    ),
    Command("today", reminders.today, N_("Your day: follow-ups and deals closing soon"), N_("/today")),
    Command(
        "reminders",
        reminder_list.reminders,
        N_("Your open reminders, overdue first, with Done / Snooze / Cancel / Reschedule"),
        N_("/reminders | /reminders cancel <customer> | /reminders move <customer> <when>"),
        N_("/reminders move Acme Friday 10am"),
    ),
    Command(
        "pipeline",
        pipeline.pipeline,
        N_("Open deals by stage with the weighted forecast"),
        N_("/pipeline [me|team]"),
    ),
    Command(
        "digest",
        followups.digest,
        N_("The daily digest now: pipeline, changes, warnings, team activity"),
        N_("/digest [me|team] | /digest at 08:30"),
        N_("/digest"),
    ),
    Command(
        "team",
        team.team,
        N_("Rep performance: activities, new deals, stage advances, win rate, won value"),
        N_("/team [this week|last month|this quarter|last 30 days]"),
        N_("/team last month"),
    ),
    Command(
        "notify",
        followups.notify,
        N_("Where I send your reminders and digests"),
        N_("/notify telegram|slack|feishu|console|auto"),
        N_("/notify telegram"),
    ),
    Command("undo", account.undo, N_("Undo the last change you made"), N_("/undo")),
    Command("lang", account.lang, N_("Change my language (en or zh)"), N_("/lang en|zh")),
    Command("tz", account.tz, N_("Set your time zone"), N_("/tz Europe/Berlin")),
    Command("hours", account.hours, N_("Set your working hours for notifications"), N_("/hours 08:00-20:00")),
    Command("me", account.me, N_("Your profile and settings"), N_("/me")),
    Command("link", account.link, N_("Link another chat account to you"), N_("/link [code]")),
    Command("invite", account.invite, N_("Invite a new user"), N_("/invite rep [name]"), roles=MANAGERS),
    Command(
        "role",
        roles.role,
        N_("Change someone's role"),
        N_("/role @person rep|manager|admin"),
        N_("/role @Sam Taylor manager"),
        roles=ADMINS,
    ),
    Command("start", start, N_("Start"), N_("/start"), hidden=True),
)


LISTS = {"customers": lists.customers, "deals": lists.deals, "contacts": lists.contacts,
         "history": history.history, "reminders": reminder_list.reminders}  # fmt: skip


def turn_list_page(ctx: Ctx, rest: str) -> Replies:
    return turn_page(ctx, rest, LISTS)


PAYLOADS = (
    PayloadRoute("page", turn_list_page),
    PayloadRoute("del", removing.delete_button),
    PayloadRoute("undo", account.undo_button),
    PayloadRoute("rem", followups.reminder_button),
)


@cache
def build_registry() -> Registry:
    return Registry(COMMANDS, PAYLOADS)


__all__ = ["COMMANDS", "PAYLOADS", "build_registry"]
