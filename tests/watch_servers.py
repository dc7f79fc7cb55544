"""Local stand-ins for the hosts the watchdog probes, on 127.0.0.1 only (no internet in tests)."""

from __future__ import annotations

import socket
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from claimdesk.watchdog import dns


class TcpListener:
    """A port that accepts connections until closed; ``reopen`` listens on the same port again."""

    def __init__(self, port: int = 0):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.target = f"127.0.0.1:{self.port}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.close()

    def close(self):
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()

    def reopen(self) -> TcpListener:
        return TcpListener(self.port)


class UdpServer:
    def __init__(self, reply):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.target = f"127.0.0.1:{self.port}"
        self.reply = reply
        self.silent = False
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                data, peer = self.sock.recvfrom(4096)
            except OSError:
                return
            answer = None if self.silent else self.reply(data)
            if answer:
                self.sock.sendto(answer, peer)

    def close(self):
        self.sock.close()


def dns_responder(*, rcode: int = 0, mx: tuple = ()) -> UdpServer:
    """Answers every A question with 127.0.0.1 and every MX question with ``mx`` (pref, host) pairs."""

    def reply(query: bytes) -> bytes:
        qid = struct.unpack_from(">H", query)[0]
        _, end = dns.read_name(query, 12)
        qtype = struct.unpack_from(">H", query, end)[0]
        question = query[12:end + 4]
        answers = []
        if rcode == 0 and qtype == dns.A:
            answers.append(b"\xc0\x0c" + struct.pack(">HHIH", dns.A, 1, 60, 4) + socket.inet_aton("127.0.0.1"))
        if rcode == 0 and qtype == dns.MX:
            for pref, host in mx:
                rdata = struct.pack(">H", pref) + dns.encode_name(host)
                answers.append(b"\xc0\x0c" + struct.pack(">HHIH", dns.MX, 1, 60, len(rdata)) + rdata)
        header = struct.pack(">HHHHHH", qid, 0x8180 | rcode, 1, len(answers), 0, 0)
        return header + question + b"".join(answers)

    return UdpServer(reply)


def sip_responder() -> UdpServer:
    return UdpServer(lambda data: b"SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n"
                     if data.startswith(b"OPTIONS ") else None)


class HttpServer:
    def __init__(self, status: int = 204, body: bytes = b""):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(outer.status)
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, *args):
                pass

        self.status, self.body = status, body
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/generate_204"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class ImapServer(TcpListener):
    """Greets, accepts one user/password, answers SELECT and LOGOUT."""

    def __init__(self, user="shop", password="secret"):
        self.user, self.password = user, password
        super().__init__()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._talk, args=(conn,), daemon=True).start()

    def _talk(self, conn):
        f = conn.makefile("rwb")
        f.write(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n")
        f.flush()
        for line in f:
            tag, _, rest = line.decode().strip().partition(" ")
            command = rest.split(" ")[0].upper()
            if command == "CAPABILITY":
                f.write(b"* CAPABILITY IMAP4rev1\r\n" + f"{tag} OK done\r\n".encode())
            elif command == "LOGIN":
                good = [w.strip('"') for w in rest.split(" ")[1:]] == [self.user, self.password]
                f.write(f"{tag} {'OK logged in' if good else 'NO [AUTHENTICATIONFAILED] bad password'}\r\n".encode())
            elif command in ("SELECT", "EXAMINE"):
                f.write(f"* 3 EXISTS\r\n{tag} OK [READ-ONLY] done\r\n".encode())
            elif command == "LOGOUT":
                f.write(f"* BYE\r\n{tag} OK bye\r\n".encode())
                f.flush()
                break
            else:
                f.write(f"{tag} BAD unknown\r\n".encode())
            f.flush()
        conn.close()
