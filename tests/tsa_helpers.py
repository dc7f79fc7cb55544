"""A throwaway time-stamping authority for tests: an RSA key made here (pure Python), a
self-signed certificate, tokens shaped as RFC 3161 and CMS say, and a local HTTP endpoint."""

from __future__ import annotations

import hashlib
import random
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from claimdesk.watchdog import der, rfc3161

_RNG = random.Random(3161)  # deterministic: the same key every run


def _probable_prime(bits: int) -> int:
    while True:
        n = _RNG.getrandbits(bits) | (1 << (bits - 1)) | 1
        if all(n % p for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)) and all(
                pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7, 11, 13, 17, 19, 23)):
            return n


class RsaKey:
    def __init__(self, bits: int = 1024):
        self.e = 65537
        while True:
            p, q = _probable_prime(bits // 2), _probable_prime(bits // 2)
            phi = (p - 1) * (q - 1)
            if p != q and phi % self.e:
                break
        self.n, self.d = p * q, pow(self.e, -1, phi)

    def sign(self, data: bytes) -> bytes:
        size = (self.n.bit_length() + 7) // 8
        info = der.seq(der.seq(der.oid(rfc3161.SHA256_OID), der.null()), der.octets(hashlib.sha256(data).digest()))
        em = b"\x00\x01" + b"\xff" * (size - len(info) - 3) + b"\x00" + info
        return pow(int.from_bytes(em, "big"), self.d, self.n).to_bytes(size, "big")


def _name(cn: str) -> bytes:
    return der.seq(der.tlv(der.SET, der.seq(der.oid("2.5.4.3"), der.tlv(0x0C, cn.encode()))))


def certificate(key: RsaKey, cn: str = "Test TSA") -> bytes:
    rsa = der.seq(der.oid("1.2.840.113549.1.1.1"), der.null())
    spki = der.seq(rsa, der.tlv(der.BIT_STRING, b"\x00" + der.seq(der.integer(key.n), der.integer(key.e))))
    sig_alg = der.seq(der.oid("1.2.840.113549.1.1.11"), der.null())
    validity = der.seq(der.tlv(der.UTC_TIME, b"260101000000Z"), der.tlv(der.UTC_TIME, b"360101000000Z"))
    tbs = der.seq(der.tlv(0xA0, der.integer(2)), der.integer(7), sig_alg, _name(cn), validity, _name(cn), spki)
    return der.seq(tbs, sig_alg, der.tlv(der.BIT_STRING, b"\x00" + key.sign(tbs)))


def token(key: RsaKey, cert: bytes, digest: bytes, when: datetime | None = None, *, nonce: int = 1) -> bytes:
    when = when or datetime.now(UTC)
    tst = der.seq(der.integer(1), der.oid("1.3.6.1.4.1.99999.1"),
                  der.seq(der.seq(der.oid(rfc3161.SHA256_OID), der.null()), der.octets(digest)),
                  der.integer(_RNG.getrandbits(32)), der.tlv(der.GENERALIZED_TIME, when.strftime("%Y%m%d%H%M%SZ").encode()),
                  der.integer(nonce))
    attrs = (der.seq(der.oid("1.2.840.113549.1.9.3"), der.tlv(der.SET, der.oid(rfc3161.TST_INFO_OID)))
             + der.seq(der.oid(rfc3161.MESSAGE_DIGEST_OID), der.tlv(der.SET, der.octets(hashlib.sha256(tst).digest()))))
    signer = der.seq(der.integer(1), der.seq(_name("Test TSA"), der.integer(7)),
                     der.seq(der.oid(rfc3161.SHA256_OID), der.null()), der.tlv(0xA0, attrs),
                     der.seq(der.oid("1.2.840.113549.1.1.1"), der.null()),
                     der.octets(key.sign(der.tlv(der.SET, attrs))))
    encap = der.seq(der.oid(rfc3161.TST_INFO_OID), der.tlv(0xA0, der.octets(tst)))
    signed = der.seq(der.integer(3), der.tlv(der.SET, der.seq(der.oid(rfc3161.SHA256_OID), der.null())), encap,
                     der.tlv(0xA0, cert), der.tlv(der.SET, signer))
    return der.seq(der.seq(der.integer(0)), der.seq(der.oid(rfc3161.SIGNED_DATA_OID), der.tlv(0xA0, signed)))


class TsaServer:
    """Answers POSTed time-stamp requests with signed tokens; counts them."""

    def __init__(self):
        self.key = RsaKey()
        self.cert = certificate(self.key)
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                req = der.parse_one(body).children()
                digest = req[1].children()[1].content
                outer.requests += 1
                data = token(outer.key, outer.cert, digest, nonce=req[2].as_int())
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tsr"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
