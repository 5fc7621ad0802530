#!/usr/bin/python3
"""A loopback HTTP server that speaks the Twilio Messages API, for Twofold's end-to-end tests.

Listens on 127.0.0.1 on an ephemeral port and prints "READY 127.0.0.1 <port>" as its first
line of standard output. Exits when its standard input closes.

Twilio mode (default):
  POST /2010-04-01/Accounts/{sid}/Messages.json, HTTP Basic auth sid:token, a form-encoded
  body with To, From and Body. Answers 201 with a Twilio-shaped Message resource, or a
  Twilio-shaped error {code, message, more_info, status}: 401 (20003) for missing or wrong
  credentials, 404 (20404) for another path or account, 400 with 21211 (a To that is not
  E.164, or Twilio's magic test number +15005550001; +15005550002/3/4/9 give 21612, 21408,
  21610 and 21614 as with Twilio's test credentials), 21604/21603/21602 (missing
  To/From/Body), 21608 (a number named by --unverified).
  Each accepted message is saved as OUTDIR/NNNN.json (temporary name, then renamed).
    --sid SID --token TOKEN --outdir DIR [--unverified NUMBER]...

Webhook mode (--webhook): every POST to any path is answered with --status (default 200)
and saved as OUTDIR/NNNN.json: {"method", "path", "headers", "body"} with the raw body.
"""
import argparse
import base64
import binascii
import email.utils
import itertools
import json
import os
import re
import secrets
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Twilio's magic test numbers (test credentials): each To gives the error Twilio documents.
MAGIC_TO = {
    "+15005550001": (21211, "The 'To' number +15005550001 is not a valid phone number."),
    "+15005550002": (21612, "The 'To' phone number: +15005550002, is not currently reachable using the "
                            "'From' phone number via SMS."),
    "+15005550003": (21408, "Permission to send an SMS has not been enabled for the region indicated by "
                            "the 'To' number: +15005550003."),
    "+15005550004": (21610, "Attempt to send to unsubscribed recipient"),
    "+15005550009": (21614, "'To' number is not a valid mobile number"),
}
API_PATH = re.compile(r"^/2010-04-01/Accounts/([A-Za-z0-9]+)/Messages\.json$")
E164 = re.compile(r"^\+[1-9][0-9]{1,14}$")


def write_atomically(path, data):
    folder, name = os.path.split(path)
    temporary = os.path.join(folder, f".{name}.tmp")
    with open(temporary, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.rename(temporary, path)


def twilio_error(status, code, message):
    return status, {"code": code, "message": message,
                    "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "TwofoldTestTwilio/1.0"
    counter = itertools.count(1)
    lock = threading.Lock()

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def next_path(self):
        with Handler.lock:
            number = next(Handler.counter)
        return os.path.join(self.server.options.outdir, f"{number:04d}.json")

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def reply(self, status, document):
        payload = json.dumps(document).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="Twilio API"')
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self):
        self.read_body()
        self.reply(*twilio_error(405, 20004, "Method not allowed"))

    def do_POST(self):
        body = self.read_body()
        options = self.server.options
        if options.webhook:
            record = {"method": "POST", "path": self.path,
                      "headers": {name: value for name, value in self.headers.items()},
                      "body": body.decode("utf-8", "replace")}
            if options.outdir:
                write_atomically(self.next_path(), json.dumps(record).encode("utf-8"))
            self.reply(options.status, {"ok": 200 <= options.status < 300})
            return
        self.reply(*self.twilio(body))

    def twilio(self, body):
        options = self.server.options
        if not self.authorised():
            return twilio_error(401, 20003, "Authenticate")
        match = API_PATH.match(urllib.parse.urlsplit(self.path).path)
        if not match or match.group(1) != options.sid:
            return twilio_error(404, 20404, f"The requested resource {self.path} was not found")
        form = {}
        if self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
            form = urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True)
        to = form.get("To", [""])[0]
        sender = form.get("From", [""])[0]
        text = form.get("Body", [""])[0]
        if not to:
            return twilio_error(400, 21604, "A 'To' phone number is required.")
        if not sender:
            return twilio_error(400, 21603, "A 'From' phone number is required.")
        if not text:
            return twilio_error(400, 21602, "Message body is required.")
        if not E164.match(to):
            return twilio_error(400, 21211, f"The 'To' number {to} is not a valid phone number.")
        if to in MAGIC_TO:
            return twilio_error(400, *MAGIC_TO[to])
        if to in options.unverified:
            return twilio_error(400, 21608, f"The number {to} is unverified. Trial accounts cannot send "
                                f"messages to unverified numbers; verify {to} at twilio.com/user/account/"
                                "phone-numbers/verified, or purchase a Twilio number to send messages "
                                "to unverified numbers.")
        sid = "SM" + secrets.token_hex(16)
        now = email.utils.formatdate(usegmt=False).replace("-0000", "+0000")
        uri = f"/2010-04-01/Accounts/{options.sid}/Messages/{sid}.json"
        message = {
            "account_sid": options.sid, "api_version": "2010-04-01", "body": text,
            "date_created": now, "date_sent": None, "date_updated": now,
            "direction": "outbound-api", "error_code": None, "error_message": None,
            "from": sender, "messaging_service_sid": None, "num_media": "0", "num_segments": "1",
            "price": None, "price_unit": "USD", "sid": sid, "status": "queued",
            "subresource_uris": {"media": uri.replace(".json", "/Media.json")}, "to": to, "uri": uri,
        }
        if options.outdir:
            record = {"path": self.path, "content_type": self.headers.get("Content-Type"),
                      "fields": {name: values[0] for name, values in form.items()}, "sid": sid}
            write_atomically(self.next_path(), json.dumps(record).encode("utf-8"))
        return 201, message

    def authorised(self):
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:], validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        options = self.server.options
        return secrets.compare_digest(user, options.sid) and secrets.compare_digest(password, options.token)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sid", default="AC00000000000000000000000000000000")
    parser.add_argument("--token", default="")
    parser.add_argument("--outdir")
    parser.add_argument("--unverified", action="append", default=[])
    parser.add_argument("--webhook", action="store_true")
    parser.add_argument("--status", type=int, default=200)
    options = parser.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.options = options
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"READY 127.0.0.1 {server.server_address[1]}", flush=True)
    sys.stdin.buffer.read()
    server.shutdown()


if __name__ == "__main__":
    main()
