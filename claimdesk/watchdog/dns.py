"""A tiny DNS client over UDP (standard library only): enough to ask a resolver for A or MX records."""

from __future__ import annotations

import secrets
import socket
import struct
from dataclasses import dataclass

A, MX = 1, 15
NOERROR, SERVFAIL, NXDOMAIN, REFUSED = 0, 2, 3, 5


@dataclass(frozen=True)
class Answer:
    rcode: int
    records: tuple  # A: dotted addresses; MX: (preference, exchange) pairs


class DnsError(Exception):
    pass


def encode_name(name: str) -> bytes:
    labels = [label for label in name.rstrip(".").split(".") if label]
    return b"".join(bytes([len(p)]) + p for p in (label.encode("idna") for label in labels)) + b"\0"


def build_query(name: str, qtype: int, qid: int | None = None) -> tuple[int, bytes]:
    qid = secrets.randbelow(0x10000) if qid is None else qid
    header = struct.pack(">HHHHHH", qid, 0x0100, 1, 0, 0, 0)  # recursion desired, one question
    return qid, header + encode_name(name) + struct.pack(">HH", qtype, 1)


def read_name(data: bytes, offset: int) -> tuple[str, int]:
    """A possibly compressed name at ``offset``; returns it and the offset after it."""
    labels, end, jumps = [], None, 0
    while True:
        if offset >= len(data):
            raise DnsError("truncated name")
        length = data[offset]
        if length & 0xC0 == 0xC0:
            if jumps > 20:
                raise DnsError("name compression loop")
            pointer = struct.unpack_from(">H", data, offset)[0] & 0x3FFF
            end = offset + 2 if end is None else end
            offset, jumps = pointer, jumps + 1
            continue
        if length == 0:
            return ".".join(labels), (offset + 1 if end is None else end)
        labels.append(data[offset + 1:offset + 1 + length].decode("ascii", "replace"))
        offset += 1 + length


def parse_response(data: bytes, qid: int, qtype: int) -> Answer:
    if len(data) < 12:
        raise DnsError("short reply")
    rid, flags, qdcount, ancount, _, _ = struct.unpack_from(">HHHHHH", data)
    if rid != qid or not flags & 0x8000:
        raise DnsError("not a reply to our question")
    offset = 12
    for _ in range(qdcount):
        _, offset = read_name(data, offset)
        offset += 4
    records = []
    for _ in range(ancount):
        _, offset = read_name(data, offset)
        rtype, _, _, length = struct.unpack_from(">HHIH", data, offset)
        offset += 10
        rdata = data[offset:offset + length]
        if rtype == A == qtype and length == 4:
            records.append(socket.inet_ntoa(rdata))
        elif rtype == MX == qtype:
            records.append((struct.unpack_from(">H", rdata)[0], read_name(data, offset + 2)[0]))
        offset += length
    return Answer(flags & 0x000F, tuple(records))


def query(server: str, name: str, qtype: int = A, *, port: int = 53, timeout: float = 2.0) -> Answer:
    qid, packet = build_query(name, qtype)
    family = socket.AF_INET6 if ":" in server else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        sock.settimeout(timeout)
        sock.connect((server, port))
        sock.send(packet)
        while True:  # ignore stray datagrams until ours arrives or the timeout hits
            data = sock.recv(4096)
            try:
                return parse_response(data, qid, qtype)
            except DnsError:
                continue
