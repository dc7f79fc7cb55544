"""``claimdesk verify``: the probe chain, its time-stamp tokens and the evidence files, checked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from ..storage import CompanyFile
from ..storage.watch_log import WatchLog
from ..watchdog import rfc3161


@dataclass(frozen=True)
class Report:
    intact: bool
    text: str
    first_bad_row: int | None = None


def verify(path: Path, *, tsa_certificate: bytes | None = None) -> Report:
    with CompanyFile.open(path, actor="verify") as cf:
        return verify_open(cf, tsa_certificate=tsa_certificate)


def verify_open(cf: CompanyFile, *, tsa_certificate: bytes | None = None) -> Report:
    log = WatchLog(cf)
    zone = ZoneInfo(cf.company().timezone)
    check, bad = log.check_chain()
    lines, intact = [], True
    if check.broken is not None:
        intact = False
        when = bad.at.astimezone(zone).isoformat(timespec="seconds") if bad else "?"
        what = ("rows before it were removed" if check.broken.reason == "missing"
                else "it, or a row before it, was altered")
        lines.append(f"Probe row {check.broken.row_id} ({when}, {bad.service if bad else ''} "
                     f"{bad.probe if bad else ''}) no longer matches the chain: {what}.")
    elif check.rows:
        lines.append(f"The probe log is intact: {check.rows} rows chained, head row {check.head_id} "
                     f"SHA-256 {check.head.hex()}.")
    else:
        lines.append("The probe log is empty.")
    for token in log.tokens():
        try:
            info = rfc3161.read_token(token.token)
        except rfc3161.TokenError as exc:
            intact = False
            lines.append(f"Time-stamp token {token.id} from {token.tsa} is unreadable: {exc}.")
            continue
        digest = check.hashes.get(token.probe_id) or (log.hash_of(token.probe_id) if check.broken else None)
        if digest is None or not rfc3161.matches(info, digest):
            intact = False
            lines.append(f"Time-stamp token {token.id} from {token.tsa} does not match probe row {token.probe_id}.")
            continue
        signed = rfc3161.signature(token.token, tsa_certificate)
        if signed.status == "invalid":
            intact = False
            lines.append(f"Time-stamp token {token.id} from {token.tsa} is not validly signed: {signed.detail}.")
            continue
        lines.append(f"Time-stamp token {token.id} from {token.tsa}: row {token.probe_id} existed by "
                     f"{info.gen_time.astimezone(zone).isoformat(timespec='seconds')}; "
                     + (f"signature valid, {signed.detail}" if signed.status == "valid" else
                        f"signature not checked ({signed.detail})")
                     + "; that the certificate belongs to a trusted TSA is checked with: openssl ts -verify "
                     f"-digest {digest.hex()} -in token.tsr -CAfile tsa-ca.pem.")
    bad_files = log.evidence_problems()
    for name in bad_files:
        intact = False
        lines.append(f"The evidence file {name} no longer matches its SHA-256.")
    if not bad_files:
        lines.append("Every evidence file matches its SHA-256.")
    return Report(intact, "\n".join(lines), check.broken.row_id if check.broken else None)
