"""RFC 3161 time stamps of the probe chain's head: the request to send to a time-stamping
authority (TSA), and the offline reading of the token it returns.

What is checked offline: the token's message imprint equals the SHA-256 of the chain head it was
asked for; its time (genTime); and, for RSA-signed tokens, the TSA's signature with the certificate
the token carries (or one the user gives): the signed attributes' message digest must be that of
the TSTInfo, and the PKCS#1 v1.5 signature must match (``signature``). Not checked: whether that
certificate chains to an authority the user trusts, its revocation, and ECDSA signatures; for those,
``claimdesk verify`` prints the ``openssl ts -verify`` command.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from . import der

SHA256_OID = "2.16.840.1.101.3.4.2.1"
HASHES = {"1.3.14.3.2.26": "sha1", "2.16.840.1.101.3.4.2.1": "sha256", "2.16.840.1.101.3.4.2.2": "sha384",
          "2.16.840.1.101.3.4.2.3": "sha512"}
RSA_OIDS = {"1.2.840.113549.1.1.1": None, "1.2.840.113549.1.1.5": "sha1", "1.2.840.113549.1.1.11": "sha256",
            "1.2.840.113549.1.1.12": "sha384", "1.2.840.113549.1.1.13": "sha512"}
MESSAGE_DIGEST_OID = "1.2.840.113549.1.9.4"
COMMON_NAME_OID = "2.5.4.3"
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


@dataclass(frozen=True)
class Signature:
    status: str    # valid | invalid | unsupported
    detail: str
    signer: str = ""  # the certificate's common name


def _signed_data(data: bytes) -> list[der.Node]:
    parts = der.parse_one(data).children()
    if parts and parts[0].tag == der.SEQUENCE:
        parts = parts[1].children()
    return parts[1].children()[0].children()


def _rsa_key(cert: der.Node) -> tuple[int, int, str]:
    """(modulus, exponent, common name) of an X.509 certificate with an RSA key."""
    tbs = cert.children()[0].children()
    if tbs[0].tag == 0xA0:  # [0] version
        tbs = tbs[1:]
    subject, spki = tbs[4], tbs[5].children()
    algorithm = spki[0].children()[0].as_oid()
    if algorithm != "1.2.840.113549.1.1.1":
        raise TokenError(f"the TSA key is not RSA ({algorithm})")
    key = der.parse_one(spki[1].content[1:]).children()  # BIT STRING: unused-bits byte, RSAPublicKey
    name = ""
    for rdn in subject.children():
        for attr in rdn.children():
            kv = attr.children()
            if kv[0].as_oid() == COMMON_NAME_OID:
                name = kv[1].content.decode("utf-8", "replace")
    return key[0].as_int(), key[1].as_int(), name


def read_certificate(data: bytes) -> der.Node:
    """A certificate from DER or PEM bytes."""
    if b"-----BEGIN" in data:
        import base64

        body = data.split(b"-----", 2)[2].split(b"-----END", 1)[0]
        data = base64.b64decode(b"".join(body.split()))
    return der.parse_one(data)


def signature(data: bytes, certificate: bytes | None = None) -> Signature:
    """Check the TSA's signature of a token, with ``certificate`` (DER or PEM) or the one inside."""
    import hashlib

    try:
        signed = _signed_data(data)
        encap = signed[2].children()
        tst_der = encap[1].children()[0].content
        certs = [n for n in signed[3:] if n.tag == 0xA0]
        signer = signed[-1].children()[0].children()
        if certificate is not None:
            cert = read_certificate(certificate)
        elif certs:
            cert = certs[0].children()[0]
        else:
            return Signature("unsupported", "the token carries no certificate; give the TSA's certificate")
        n, e, name = _rsa_key(cert)
        digest_name = HASHES.get(signer[2].children()[0].as_oid())
        attrs = signer[3] if signer[3].tag == 0xA0 else None
        sig_alg = signer[4 if attrs else 3].children()[0].as_oid()
        sig = signer[5 if attrs else 4].content
        if sig_alg not in RSA_OIDS or digest_name is None:
            return Signature("unsupported", f"signature algorithm {sig_alg} is not checked here", name)
        digest_name = RSA_OIDS[sig_alg] or digest_name
        if attrs is not None:
            wanted = next((a.children()[1].children()[0].content for a in attrs.children()
                           if a.children()[0].as_oid() == MESSAGE_DIGEST_OID), None)
            if wanted != hashlib.new(digest_name, tst_der).digest():
                return Signature("invalid", "the signed digest is not that of the time-stamp", name)
            signed_bytes = bytes([der.SET]) + attrs.raw[1:]  # signed as a SET, stored as [0]
        else:
            signed_bytes = tst_der
        if not _rsa_pkcs1_ok(n, e, sig, digest_name, hashlib.new(digest_name, signed_bytes).digest()):
            return Signature("invalid", "the TSA's signature does not match", name)
        return Signature("valid", f"signed by “{name}” (RSA, {digest_name})", name)
    except (der.DerError, IndexError, ValueError) as exc:
        if isinstance(exc, TokenError):
            return Signature("unsupported", str(exc))
        return Signature("invalid", f"unreadable signature ({exc})")


def _rsa_pkcs1_ok(n: int, e: int, sig: bytes, digest_name: str, digest: bytes) -> bool:
    size = (n.bit_length() + 7) // 8
    if len(sig) != size or int.from_bytes(sig, "big") >= n:
        return False
    em = pow(int.from_bytes(sig, "big"), e, n).to_bytes(size, "big")
    oid_text = next(o for o, h in HASHES.items() if h == digest_name)
    for algorithm in (der.seq(der.oid(oid_text), der.null()), der.seq(der.oid(oid_text))):
        info = der.seq(algorithm, der.octets(digest))
        if em == b"\x00\x01" + b"\xff" * (size - len(info) - 3) + b"\x00" + info:
            return True
    return False
