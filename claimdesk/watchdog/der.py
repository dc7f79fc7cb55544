"""Just enough DER (ASN.1) to build a time-stamp request and read a time-stamp token."""

from __future__ import annotations

from dataclasses import dataclass

SEQUENCE, SET, INTEGER, BOOLEAN, NULL, OID, OCTET_STRING, BIT_STRING = 0x30, 0x31, 0x02, 0x01, 0x05, 0x06, 0x04, 0x03
GENERALIZED_TIME, UTC_TIME = 0x18, 0x17


class DerError(ValueError):
    pass


def _length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def tlv(tag: int, content: bytes) -> bytes:
    return bytes([tag]) + _length(len(content)) + content


def seq(*items: bytes) -> bytes:
    return tlv(SEQUENCE, b"".join(items))


def integer(value: int) -> bytes:
    body = value.to_bytes(max(1, (value.bit_length() + 8) // 8), "big", signed=True)
    return tlv(INTEGER, body)


def oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    body = bytearray([40 * parts[0] + parts[1]])
    for part in parts[2:]:
        chunk = [part & 0x7F]
        part >>= 7
        while part:
            chunk.append(0x80 | (part & 0x7F))
            part >>= 7
        body += bytes(reversed(chunk))
    return tlv(OID, bytes(body))


def boolean(value: bool) -> bytes:
    return tlv(BOOLEAN, b"\xff" if value else b"\x00")


def null() -> bytes:
    return tlv(NULL, b"")


def octets(data: bytes) -> bytes:
    return tlv(OCTET_STRING, data)


@dataclass(frozen=True)
class Node:
    tag: int
    content: bytes
    raw: bytes  # the whole TLV, as signed

    def children(self) -> list[Node]:
        return parse_all(self.content)

    def as_int(self) -> int:
        return int.from_bytes(self.content, "big", signed=True)

    def as_oid(self) -> str:
        data = self.content
        parts = [data[0] // 40, data[0] % 40]
        value = 0
        for byte in data[1:]:
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                parts.append(value)
                value = 0
        return ".".join(map(str, parts))


def parse(data: bytes, offset: int = 0) -> tuple[Node, int]:
    if offset + 2 > len(data):
        raise DerError("truncated DER")
    tag, first = data[offset], data[offset + 1]
    pos = offset + 2
    if first & 0x80:
        count = first & 0x7F
        if count == 0 or count > 4:
            raise DerError("unsupported DER length")
        length = int.from_bytes(data[pos:pos + count], "big")
        pos += count
    else:
        length = first
    end = pos + length
    if end > len(data):
        raise DerError("truncated DER")
    return Node(tag, data[pos:end], data[offset:end]), end


def parse_all(data: bytes) -> list[Node]:
    nodes, offset = [], 0
    while offset < len(data):
        node, offset = parse(data, offset)
        nodes.append(node)
    return nodes


def parse_one(data: bytes) -> Node:
    node, end = parse(data)
    if end != len(data):
        raise DerError("trailing bytes after DER value")
    return node
