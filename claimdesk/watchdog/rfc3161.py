"""RFC 3161 time stamps of the probe chain's head: the request to send to a time-stamping
authority (TSA), and the offline reading of the token it returns.

What is checked offline: the token's message imprint equals the SHA-256 of the chain head it was
asked for, and its time (genTime). The TSA's signature over the token is NOT verified here (that
needs the TSA certificate and an RSA/ECDSA implementation); the summary and ``claimdesk verify``
print the ``openssl ts -verify`` command that does it with the TSA's certificate.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from . import der

SHA256_OID = "2.16.840.1.101.3.4.2.1"
SIGNED_DATA_OID = "1.2.840.113549.1.7.2"
TST_INFO_OID = "1.2.840.113549.1.9.16.1.4"
CONTENT_TYPE = "application/timestamp-query"


def request(digest: bytes, *, nonce: int | None = None, cert_req: bool = True) -> bytes:
    """A DER TimeStampReq for a SHA-256 digest (version 1, with a nonce, asking for the TSA's certificate)."""
    if len(digest) != 32:
        raise ValueError("a SHA-256 digest is 32 bytes")
    nonce = secrets.randbits(63) if nonce is None else nonce
    imprint = der.seq(der.seq(der.oid(SHA256_OID), der.null()), der.octets(digest))
    return der.seq(der.integer(1), imprint, der.integer(nonce), der.boolean(cert_req))


@dataclass(frozen=True)
class TokenInfo:
    hash_oid: str
    digest: bytes
    gen_time: datetime
    serial: int
    nonce: int | None
    status: int | None  # PKIStatus of a TimeStampResp (0 granted, 1 with modifications); None for a bare token


class TokenError(ValueError):
    pass


def read_token(data: bytes) -> TokenInfo:
    """The TSTInfo of a TimeStampResp or of a bare token (ContentInfo), read without checking the signature."""
    try:
        top = der.parse_one(data)
        parts = top.children()
        status = None
        if parts and parts[0].tag == der.SEQUENCE:  # TimeStampResp: status, then the token
            status = parts[0].children()[0].as_int()
            if status not in (0, 1):
                raise TokenError(f"the TSA refused the request (status {status})")
            if len(parts) < 2:
                raise TokenError("the response holds no token")
            parts = parts[1].children()
        if parts[0].as_oid() != SIGNED_DATA_OID:
            raise TokenError("not a signed time-stamp token")
        signed = parts[1].children()[0].children()  # [0] EXPLICIT SignedData
        encap = signed[2].children()
        if encap[0].as_oid() != TST_INFO_OID:
            raise TokenError("the token does not hold a TSTInfo")
        tst = der.parse_one(encap[1].children()[0].content).children()
        imprint = tst[2].children()
        nonce = next((n.as_int() for n in tst[5:] if n.tag == der.INTEGER), None)
        return TokenInfo(imprint[0].children()[0].as_oid(), imprint[1].content, _time(tst[4]), tst[3].as_int(),
                         nonce, status)
    except (der.DerError, IndexError, ValueError) as exc:
        if isinstance(exc, TokenError):
            raise
        raise TokenError(f"not a readable time-stamp token ({exc})") from None


def _time(node: der.Node) -> datetime:
    text = node.content.decode("ascii")
    if node.tag != der.GENERALIZED_TIME or not text.endswith("Z"):
        raise TokenError("unexpected time format in the token")
    main, _, fraction = text[:-1].partition(".")
    instant = datetime.strptime(main, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    if fraction:
        instant = instant.replace(microsecond=int((fraction + "000000")[:6]))
    return instant


def matches(info: TokenInfo, digest: bytes) -> bool:
    return info.hash_oid == SHA256_OID and info.digest == digest


def fetch(url: str, digest: bytes, *, timeout: float = 10.0) -> bytes:
    """Ask a TSA for a token over HTTP(S); only the 32-byte digest leaves the computer."""
    from urllib.request import Request, urlopen

    body = request(digest)
    req = Request(url, data=body, headers={"Content-Type": CONTENT_TYPE})
    with urlopen(req, timeout=timeout) as response:  # noqa: S310 - the user's configured TSA
        data = response.read(1 << 20)
    read_token(data)  # refuse to store what is not a token
    return data
