#!/usr/bin/python3
"""A loopback SMTP server for Twofold's end-to-end tests (Debian's python3-aiosmtpd).

Listens on 127.0.0.1 on an ephemeral port and prints "READY 127.0.0.1 <port>" as its first
line of standard output once it accepts connections. Exits when its standard input closes.

  --starttls --cert C --key K   offer STARTTLS and refuse mail until it is used
  --implicit-tls --cert C --key K   TLS from the first byte (smtps)
  --auth USER:PASS              offer AUTH PLAIN and LOGIN (nothing else), require it for mail
  --maildir DIR                 save each message as DIR/NNNN.eml (written to a temporary
                                name, then renamed), after DIR/NNNN.json with the envelope
  --reject-rcpt ADDRESS         refuse this recipient with 550 (may be repeated)
  --hang                        accept connections and never answer (for timeout tests)
"""
import argparse
import asyncio
import itertools
import json
import logging
import os
import ssl
import sys
import threading
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Recorder:
    def __init__(self, maildir, rejected):
        self.maildir = maildir
        self.rejected = {address.lower() for address in rejected}
        self.counter = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.rejected:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.maildir:
            number = next(self.counter)
            login = session.auth_data
            if isinstance(login, bytes):
                login = login.decode("utf-8", "replace")
            envelope_info = {
                "mail_from": envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "login": login,
                "tls": server.transport.get_extra_info("ssl_object") is not None,
            }
            write_atomically(os.path.join(self.maildir, f"{number:04d}.json"),
                             json.dumps(envelope_info).encode("utf-8"))
            write_atomically(os.path.join(self.maildir, f"{number:04d}.eml"), envelope.original_content)
        return "250 2.0.0 Message accepted for delivery"


def write_atomically(path, data):
    folder, name = os.path.split(path)
    temporary = os.path.join(folder, f".{name}.tmp")
    with open(temporary, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.rename(temporary, path)


def make_authenticator(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        if mechanism not in ("PLAIN", "LOGIN") or not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = auth_data.login == user.encode() and auth_data.password == password.encode()
        return AuthResult(success=ok, handled=False, auth_data=auth_data.login if ok else None)
    return authenticate


async def hang(reader, writer):
    await reader.read()  # say nothing until the client gives up
    writer.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    security = parser.add_mutually_exclusive_group()
    security.add_argument("--starttls", action="store_true")
    security.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--auth", metavar="USER:PASS")
    parser.add_argument("--maildir")
    parser.add_argument("--reject-rcpt", action="append", default=[])
    parser.add_argument("--hang", action="store_true")
    args = parser.parse_args()

    warnings.simplefilter("ignore")
    logging.getLogger("mail.log").setLevel(logging.CRITICAL)

    context = None
    if args.starttls or args.implicit_tls:
        if not args.cert or not args.key:
            parser.error("TLS needs --cert and --key")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    kwargs = {"hostname": "localhost", "timeout": 30}
    if args.starttls:
        kwargs.update(tls_context=context, require_starttls=True)
    if args.auth:
        user, _, password = args.auth.partition(":")
        kwargs.update(authenticator=make_authenticator(user, password), auth_required=True,
                      auth_require_tls=not args.implicit_tls)  # implicit TLS is TLS already
    handler = Recorder(args.maildir, args.reject_rcpt)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    if args.hang:
        server = loop.run_until_complete(asyncio.start_server(hang, "127.0.0.1", 0))
    else:
        server = loop.run_until_complete(loop.create_server(
            lambda: SMTP(handler, loop=loop, **kwargs), "127.0.0.1", 0,
            ssl=context if args.implicit_tls else None))
    port = server.sockets[0].getsockname()[1]

    def wait_for_stdin_to_close():
        sys.stdin.buffer.read()
        loop.call_soon_threadsafe(loop.stop)

    threading.Thread(target=wait_for_stdin_to_close, daemon=True).start()
    print(f"READY 127.0.0.1 {port}", flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    main()
