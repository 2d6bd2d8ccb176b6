"""`querycast-admin`: operator commands for the control database.

    querycast-admin add-user alice --role admin          # asks for the password
    echo "$PW" | querycast-admin add-user bob --password-stdin
    querycast-admin list-users
    querycast-admin remove-user bob
    querycast-admin migrate

The control database is QUERYCAST_DATABASE_URL (or --database-url). `add-user` creates the user
or replaces its password and roles.
"""
from __future__ import annotations

import argparse
import asyncio
import getpass
import re
import sys

import aiopg
import psycopg2

from controldb.migrate import apply_migrations
from controldb.users import USERNAME_PATTERN, UserStore
from runtime import cli
from runtime.settings import RuntimeSettings, database_url

ROLE_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def _parser() -> argparse.ArgumentParser:
    parser = cli.parser("querycast-admin", __doc__.split("\n\n")[0], [RuntimeSettings])
    parser.add_argument("--database-url", default=None, help="control database (default: QUERYCAST_DATABASE_URL)")
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add-user", help="create a user, or replace its password and roles")
    add.add_argument("username")
    add.add_argument("--role", action="append", default=[], help="repeat for several roles (e.g. admin)")
    source = add.add_mutually_exclusive_group()
    source.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    source.add_argument("--password", help="the password (visible in the process list; prefer stdin)")
    remove = commands.add_parser("remove-user", help="delete a user")
    remove.add_argument("username")
    for verb, what in (("disable-user", "disable a user (their tokens stop working at once)"),
                       ("enable-user", "enable a disabled user")):
        commands.add_parser(verb, help=what).add_argument("username")
    commands.add_parser("list-users", help="list users and their roles")
    commands.add_parser("migrate", help="apply the control database migrations")
    return parser


def _password(args: argparse.Namespace) -> str:
    if args.password is not None:
        return args.password
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat: ") != first:
        raise SystemExit("passwords differ")
    return first


async def _run(args: argparse.Namespace) -> int:
    dsn = args.database_url or database_url()
    await apply_migrations(dsn)
    if args.command == "migrate":
        print("migrations applied")
        return 0
    async with aiopg.create_pool(dsn, minsize=0, maxsize=1) as pool:
        users = UserStore(pool)
        if args.command == "add-user":
            if not re.match(USERNAME_PATTERN, args.username):
                raise SystemExit("username: letters, digits, _ . @ - (up to 128 characters)")
            bad = [role for role in args.role if not ROLE_PATTERN.match(role)]
            if bad:
                raise SystemExit(f"invalid role name(s): {', '.join(bad)}")
            password = _password(args)
            if not password:
                raise SystemExit("the password must not be empty")
            await users.upsert(args.username, password, sorted(set(args.role)))
            print(f"user {args.username} saved with roles: {', '.join(sorted(set(args.role))) or '(none)'}")
        elif args.command == "remove-user":
            if not await users.remove(args.username):
                print(f"no user {args.username}", file=sys.stderr)
                return 1
            print(f"user {args.username} removed")
        elif args.command in ("disable-user", "enable-user"):
            if not await users.set_disabled(args.username, args.command == "disable-user"):
                print(f"no user {args.username}", file=sys.stderr)
                return 1
            print(f"user {args.username} {args.command.split('-')[0]}d")
        elif args.command == "list-users":
            for user in await users.list():
                state = " (disabled)" if user.disabled else ""
                print(f"{user.username}\t{','.join(user.roles)}{state}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return cli.guarded("querycast-admin", lambda: asyncio.run(_run(args)))
    except (OSError, psycopg2.Error) as exc:
        print(f"querycast-admin: cannot use the control database ({type(exc).__name__})", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
