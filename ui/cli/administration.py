"""The committee's people and keys: `users`, `user add|passwd|deactivate|activate|roles`,
`key list|generate|retire|compromised`, `lists export|import`.

Changing commands act as `--user NAME` (or BELGI_USER) and are refused, in one line, to a user
without the role before anything is asked or written. A new password comes from BELGI_NEW_PASSWORD
or a prompt asked twice; a new key's passphrase from BELGI_NEW_PASSPHRASE or a prompt asked twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication

from certification import users
from certification.core import clock
from certification.core.errors import Forbidden, InvalidInput, RuleViolation
from certification.users import UserInfo
from models.enums import Role
from ui.cli.context import CliError, Context, parse_date
from ui.cli.passphrase import read_passphrase
from ui.messages.values import WORDS, name_of

ROLES = [r.value for r in Role]


def register(commands: Any) -> None:
    listing = commands.add_parser("users", help="the committee's users and their roles")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_users)

    user = commands.add_parser("user", help="add a user, set a password, roles, deactivate")
    actions = user.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="a new user (password: prompt or BELGI_NEW_PASSWORD)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", action="append", required=True, choices=ROLES, dest="roles")
    add.add_argument("--full-name", default=None, help="as printed (default: NAME)")
    add.set_defaults(run=run_add)
    passwd = actions.add_parser("passwd", help="a new password (prompt or BELGI_NEW_PASSWORD)")
    passwd.add_argument("name", metavar="NAME")
    passwd.set_defaults(run=run_passwd)
    for name, run, text in (
        ("deactivate", run_deactivate, "the user can no longer sign in (the record stays)"),
        ("activate", run_activate, "a deactivated user may sign in again"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("name", metavar="NAME")
        action.set_defaults(run=run)
    roles = actions.add_parser("roles", help="replace the user's roles")
    roles.add_argument("name", metavar="NAME")
    roles.add_argument("--role", action="append", required=True, choices=ROLES, dest="roles")
    roles.set_defaults(run=run_roles)
    for parser in actions.choices.values():
        parser.add_argument("--user", default=None, help="who acts (or BELGI_USER)")

    key = commands.add_parser("key", help="this committee's signing keys")
    key_actions = key.add_subparsers(dest="action", metavar="ACTION", required=True)
    key_list = key_actions.add_parser("list", help="every key, its period and state")
    key_list.add_argument("--json", action="store_true")
    key_list.set_defaults(run=run_key_list)
    generate = key_actions.add_parser(
        "generate", help="a new key from today; the key in force stops today"
    )
    generate.set_defaults(run=run_key_generate)
    retire = key_actions.add_parser("retire", help="the key stops signing today")
    retire.add_argument("key_id", metavar="KEY_ID")
    retire.set_defaults(run=run_key_retire)
    compromised = key_actions.add_parser("compromised", help="codes signed from DATE alarm")
    compromised.add_argument("key_id", metavar="KEY_ID")
    compromised.add_argument("--since", required=True, metavar="DATE")
    compromised.add_argument("--note", default="")
    compromised.set_defaults(run=run_key_compromised)
    for parser in (generate, retire, compromised):
        parser.add_argument("--user", default=None, help="who acts (or BELGI_USER)")

    signed = commands.add_parser("lists", help="signed trust and status lists")
    list_actions = signed.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = list_actions.add_parser("export", help="this committee's trust and status lists")
    export.add_argument("folder", metavar="FOLDER")
    export.set_defaults(run=run_lists_export)
    take = list_actions.add_parser("import", help="another committee's trust or status list")
    take.add_argument("file", metavar="FILE")
    take.add_argument(
        "--fingerprint", default=None, help="the sender's key fingerprint, read out by them"
    )
    take.set_defaults(run=run_lists_import)
    for parser in (export, take):
        parser.add_argument("--user", default=None, help="who acts (or BELGI_USER)")


# Secrets ----------------------------------------------------------------------------------------


def read_new_secret(variable: str, first: str, again: str, missing: str, differ: str) -> str:
    """A new password or passphrase: `variable` for automation, else typed twice, unseen."""
    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(missing)
    typed = getpass.getpass(first)
    if getpass.getpass(again) != typed:
        raise CliError(differ)
    return typed


def new_password() -> str:
    return read_new_secret(
        "BELGI_NEW_PASSWORD",
        "New password: ",
        "New password again: ",
        "No new password: type it at the prompt or set BELGI_NEW_PASSWORD.",
        "The two passwords differ; nothing was changed.",
    )


def new_passphrase() -> str:
    return read_new_secret(
        "BELGI_NEW_PASSPHRASE",
        "Passphrase of the new key: ",
        "The passphrase again: ",
        "No passphrase for the new key: type it at the prompt or set BELGI_NEW_PASSPHRASE.",
        "The two passphrases differ; no key was made.",
    )


# Users --------------------------------------------------------------------------------------------


def _roles_text(user: UserInfo) -> str:
    """The most responsible first, as the window shows them."""
    return ", ".join(name_of(Role(r)) for r in WORDS[Role][1] if r in user.roles)


def run_users(args: argparse.Namespace, context: Context) -> int:
    with context.read() as session:
        found = users.list_users(session)
    if args.json:
        context.print_json(
            [
                {
                    "username": u.username,
                    "full_name": u.full_name,
                    "roles": sorted(r.value for r in u.roles),
                    "active": u.active,
                }
                for u in found
            ]
        )
        return 0
    inactive = QCoreApplication.translate("cli", "deactivated")
    for u in found:
        state = "" if u.active else f"  ({inactive})"
        context.print(f"{u.username:<16} {u.full_name:<28} {_roles_text(u)}{state}")
    return 0


def _acting(args: argparse.Namespace, context: Context, *roles: Role) -> UserInfo:
    """The user named by --user, refused at once without one of `roles` (before any prompt)."""
    actor = context.actor(args.user)
    users.require(actor, *(roles or users.ADMIN_ROLES))
    return actor


def run_add(args: argparse.Namespace, context: Context) -> int:
    actor = _acting(args, context)
    roles = [Role(r) for r in args.roles]
    with context.read() as session:  # a name taken is said before the password is asked
        if any(u.username == args.name.strip() for u in users.list_users(session)):
            raise RuleViolation("user.exists", username=args.name.strip())
    password = new_password()
    with context.write() as session:
        made = users.add_user(
            session, actor, args.name, args.full_name or args.name, password, roles
        )
    text = QCoreApplication.translate("cli", "User {user} added: {roles}.")
    context.print(text.format(user=made.username, roles=_roles_text(made)))
    return 0


def run_passwd(args: argparse.Namespace, context: Context) -> int:
    """An administrator sets anyone's password; any user their own."""
    actor = context.actor(args.user)
    own = args.name.strip() == actor.username
    if not own:
        users.require(actor, *users.ADMIN_ROLES)
    with context.read() as session:
        users.get_user(session, args.name.strip())
    password = new_password()
    with context.write() as session:
        if own:
            users.set_password(session, actor.username, actor.username, password)
        else:
            users.reset_password(session, actor, args.name, password)
    context.print(
        QCoreApplication.translate("cli", "The password of {user} is changed.").format(
            user=args.name.strip()
        )
    )
    return 0


def run_deactivate(args: argparse.Namespace, context: Context) -> int:
    actor = _acting(args, context)
    with context.write() as session:
        done = users.deactivate(session, actor, args.name)
    context.print(
        QCoreApplication.translate("cli", "User {user} is deactivated.").format(user=done.username)
    )
    return 0


def run_activate(args: argparse.Namespace, context: Context) -> int:
    actor = _acting(args, context)
    with context.write() as session:
        done = users.reactivate(session, actor, args.name)
    context.print(
        QCoreApplication.translate("cli", "User {user} may sign in again.").format(
            user=done.username
        )
    )
    return 0


def run_roles(args: argparse.Namespace, context: Context) -> int:
    actor = _acting(args, context)
    with context.write() as session:
        done = users.set_roles(session, actor, args.name, [Role(r) for r in args.roles])
    context.print(
        QCoreApplication.translate("cli", "User {user}: {roles}.").format(
            user=done.username, roles=_roles_text(done)
        )
    )
    return 0


# Keys ---------------------------------------------------------------------------------------------


def key_state_text(state: str) -> str:
    from certification.codes import keyring

    return {
        keyring.SIGNING: QCoreApplication.translate("cli", "signs now"),
        keyring.RETIRED: QCoreApplication.translate("cli", "retired"),
        keyring.COMPROMISED: QCoreApplication.translate("cli", "compromised"),
        keyring.FUTURE: QCoreApplication.translate("cli", "not yet in force"),
    }[state]


def run_key_list(args: argparse.Namespace, context: Context) -> int:
    from certification.codes import keyring, keys

    with context.read() as session:
        found = keys.signing_keys(session)
    today = clock.today()
    if args.json:
        context.print_json(
            [
                {
                    "key_id": k.key_id_text,
                    "fingerprint": k.fingerprint,
                    "valid_from": k.valid_from,
                    "valid_until": k.valid_until,
                    "compromised_on": k.compromised_on,
                    "state": keyring.key_state(k, today),
                }
                for k in found
            ]
        )
        return 0
    if not found:
        context.print(
            QCoreApplication.translate("cli", "No signing key yet: make one with `key generate`.")
        )
    for k in found:
        until = f"{k.valid_until:%d.%m.%Y}" if k.valid_until else "…"
        line = f"{k.key_id_text}  {k.valid_from:%d.%m.%Y} – {until:<10}  {k.fingerprint}  "
        line += key_state_text(keyring.key_state(k, today))
        if k.compromised_on:
            line += " " + QCoreApplication.translate("cli", "(from {day})").format(
                day=f"{k.compromised_on:%d.%m.%Y}"
            )
        context.print(line)
    return 0


def run_key_generate(args: argparse.Namespace, context: Context) -> int:
    from certification.codes import keyring

    actor = _acting(args, context, *keyring.KEY_ROLES)
    passphrase = new_passphrase()
    with context.write() as session:
        made = keyring.generate(session, actor, passphrase)
    text = QCoreApplication.translate(
        "cli", "Key {key} signs from {day}; its fingerprint: {fingerprint}."
    )
    context.print(
        text.format(
            key=made.key_id_text, day=f"{made.valid_from:%d.%m.%Y}", fingerprint=made.fingerprint
        )
    )
    return 0


def run_key_retire(args: argparse.Namespace, context: Context) -> int:
    from certification.codes import keyring

    key_id = keyring.parse_key_id(args.key_id)
    actor = _acting(args, context, *keyring.KEY_ROLES)
    with context.write() as session:
        done = keyring.retire(session, actor, key_id)
    assert done.valid_until is not None
    text = QCoreApplication.translate("cli", "Key {key} signs no more after {day}.")
    context.print(text.format(key=done.key_id_text, day=f"{done.valid_until:%d.%m.%Y}"))
    return 0


def run_key_compromised(args: argparse.Namespace, context: Context) -> int:
    from certification.codes import keyring

    key_id = keyring.parse_key_id(args.key_id)
    since = parse_date(args.since, "since")
    actor = _acting(args, context, *keyring.KEY_ROLES)
    with context.write() as session:
        done = keyring.report_compromise(session, actor, key_id, since, args.note)
    text = QCoreApplication.translate(
        "cli", "Key {key} is compromised from {day}: codes it signed since then raise an alarm."
    )
    context.print(text.format(key=done.key_id_text, day=f"{since:%d.%m.%Y}"))
    return 0


# Lists --------------------------------------------------------------------------------------------


def run_lists_export(args: argparse.Namespace, context: Context) -> int:
    from certification.codes import keyring

    actor = _acting(args, context, *keyring.EXPORT_ROLES)
    if not os.path.isdir(args.folder):  # said before the passphrase is asked
        raise InvalidInput("lists.folder_missing", field="folder", folder=args.folder)
    passphrase = read_passphrase()
    with context.write() as session:
        done = keyring.export_lists(session, actor, passphrase, args.folder)
    context.print(
        QCoreApplication.translate("cli", "Trust list written to {path}.").format(
            path=done.trust_list
        )
    )
    context.print(
        QCoreApplication.translate("cli", "Status list written to {path}.").format(
            path=done.status_list
        )
    )
    return 0


def run_lists_import(args: argparse.Namespace, context: Context) -> int:
    from certification.codes import keyring, lists

    actor = _acting(args, context, *keyring.KEY_ROLES)
    content = keyring.read_list_file(args.file)
    try:
        with context.write() as session:
            done = keyring.import_list(session, actor, content, args.fingerprint)
    except Forbidden as refused:
        if refused.code != "codes.list_confirm_fingerprint":
            raise
        text = QCoreApplication.translate(
            "cli",
            "The first list from this committee: compare its key fingerprint {fingerprint} "
            "with the one its office read out to you, then run again with --fingerprint.",
        )
        raise CliError(text.format(fingerprint=refused.fields["fingerprint"])) from None
    now = clock.now()
    age = max(0, (now - done.issued_at).days)
    issued = f"{clock.local(done.issued_at):%d.%m.%Y %H:%M}"
    if done.kind == lists.TRUST:
        text = QCoreApplication.translate(
            "cli",
            "Trust list no. {sequence} of {committee} taken in (issued {issued}, {days} d ago). "
            "Keys trusted: {keys}.",
        )
        context.print(
            text.format(
                sequence=done.sequence,
                committee=done.issuer,
                issued=issued,
                days=age,
                keys=done.keys,
            )
        )
    else:
        text = QCoreApplication.translate(
            "cli",
            "Status list no. {sequence} of {committee} taken in (as of {issued}, {days} d ago). "
            "Certificates suspended or withdrawn: {count}.",
        )
        context.print(
            text.format(
                sequence=done.sequence,
                committee=done.issuer,
                issued=issued,
                days=age,
                count=done.certificates,
            )
        )
        if done.next_update is not None and now > done.next_update:
            stale = QCoreApplication.translate(
                "cli", "It was due to be replaced on {day}: ask {committee} for a newer one."
            )
            context.print(
                stale.format(day=f"{clock.local(done.next_update):%d.%m.%Y}", committee=done.issuer)
            )
    return 0
