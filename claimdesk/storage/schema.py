"""The schema of a company file and the steps that bring an older file up to date.

``PRAGMA user_version`` holds the schema version. ``MIGRATIONS[n]`` turns a version-``n`` file
into version ``n + 1`` (version 0 is a brand-new empty file), so a schema change is one more
function appended to the list; the steps run in one transaction after a backup.

Conventions: instants are INTEGER microseconds since 1970-01-01 UTC (they sort and index well);
money and rates are TEXT decimals (exact); lists and per-weekday maps are JSON TEXT.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# Identifies a ClaimDesk company file among SQLite files ("CDsk").
APPLICATION_ID = 0x4344736B

_V1 = """
-- Bookkeeping of the file itself: when it was last fully checked, whether it was closed cleanly.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE company (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    address TEXT NOT NULL,             -- JSON list of lines
    registration_id TEXT,
    email TEXT,
    phone TEXT,
    signatory_name TEXT NOT NULL,
    signatory_title TEXT NOT NULL DEFAULT '',
    jurisdiction TEXT NOT NULL,
    timezone TEXT NOT NULL,            -- IANA zone
    currency TEXT NOT NULL,
    opening_hours TEXT NOT NULL,       -- JSON {weekday: [[start_minute, end_minute], ...]}
    closed_dates TEXT NOT NULL,        -- JSON list of ISO dates
    standard_turnover TEXT NOT NULL,   -- JSON {weekday: "decimal"}
    trend TEXT NOT NULL,
    average_order_value TEXT NOT NULL,
    gross_profit_rate TEXT NOT NULL,
    recovery_rate TEXT NOT NULL
);

CREATE TABLE channel (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    share TEXT NOT NULL,
    depends_on TEXT NOT NULL           -- JSON list of services
);

CREATE TABLE contract (
    id INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    provider_address TEXT NOT NULL,    -- JSON list of lines
    customer_number TEXT NOT NULL,
    contract_reference TEXT NOT NULL,
    services TEXT NOT NULL,            -- JSON list of services
    monthly_fee TEXT NOT NULL
);
CREATE INDEX contract_provider ON contract (provider COLLATE NOCASE);

CREATE TABLE outage (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract (id) ON DELETE RESTRICT,
    service TEXT NOT NULL,
    start_us INTEGER NOT NULL,
    end_us INTEGER,                    -- NULL while the outage is still running
    timezone TEXT NOT NULL,            -- the company's zone when it was entered
    provider_reference TEXT,
    description TEXT,
    CHECK (end_us IS NULL OR end_us > start_us)
);
CREATE INDEX outage_start ON outage (start_us DESC, id DESC);
CREATE INDEX outage_service_start ON outage (service, start_us DESC, id DESC);
CREATE INDEX outage_contract_start ON outage (contract_id, start_us DESC, id DESC);
CREATE INDEX outage_running ON outage (start_us) WHERE end_us IS NULL;
-- The longest outage bounds the index range of a date filter (see CompanyFile._filters).
CREATE INDEX outage_length ON outage (end_us - start_us);

-- The vault: each distinct file once, by SHA-256, never changed.
CREATE TABLE blob (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TRIGGER blob_never_changes BEFORE UPDATE ON blob
BEGIN SELECT RAISE(ABORT, 'evidence files are never modified'); END;

-- One piece of evidence attached to one outage; several may share a blob.
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    outage_id INTEGER NOT NULL REFERENCES outage (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES blob (sha256) ON DELETE RESTRICT,
    filename TEXT NOT NULL,
    description TEXT,
    added_us INTEGER NOT NULL
);
CREATE INDEX evidence_outage ON evidence (outage_id);
CREATE INDEX evidence_sha256 ON evidence (sha256);

CREATE TABLE claim (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    claim_date TEXT NOT NULL,          -- ISO date printed on the letter
    place TEXT NOT NULL,
    response_days INTEGER NOT NULL,
    delivery TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    amount_claimed TEXT NOT NULL,
    amount_received TEXT,
    created_us INTEGER NOT NULL
);

CREATE TABLE claim_outage (
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    outage_id INTEGER NOT NULL REFERENCES outage (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (claim_id, outage_id)
) WITHOUT ROWID;
CREATE INDEX claim_outage_outage ON claim_outage (outage_id);

CREATE TABLE claim_money (
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('extra_cost', 'saving', 'credit')),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    amount TEXT NOT NULL,
    PRIMARY KEY (claim_id, kind, position)
) WITHOUT ROWID;

CREATE TABLE claim_status (
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    on_date TEXT NOT NULL,
    PRIMARY KEY (claim_id, status)
) WITHOUT ROWID;

CREATE TABLE claim_pdf (
    claim_id INTEGER PRIMARY KEY REFERENCES claim (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    pdf BLOB NOT NULL,
    attached_us INTEGER NOT NULL
);

-- Who changed what and when; rows are only ever added.
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    at_us INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    detail TEXT NOT NULL               -- JSON object
);
CREATE INDEX history_entity ON history (entity, entity_id);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
"""


def _to_v1(con: sqlite3.Connection) -> None:
    for statement in _split(_V1):
        con.execute(statement)


def _split(script: str) -> list[str]:
    """Statements of a script (executescript would commit the open transaction)."""
    statements, current = [], []
    for line in script.splitlines():
        line = line.split("--", 1)[0].rstrip()
        if not line:
            continue
        current.append(line)
        text = "\n".join(current)
        if text.endswith(";") and sqlite3.complete_statement(text) and (
                not text.lstrip().upper().startswith("CREATE TRIGGER") or text.upper().endswith("END;")):
            statements.append(text)
            current = []
    if current:
        raise ValueError("unfinished statement in schema script")
    return statements


# Version 2: the facts of case file /2 (contract date, fee per service and its tax basis, the line
# affected by an outage, the bank details the payment goes to, the earlier letters a reminder
# cites, the provider's acknowledgement, whether legal interest is claimed).
_V2 = """
ALTER TABLE company ADD COLUMN bank TEXT;                  -- JSON {holder, iban, bic} or {holder, account}
ALTER TABLE contract ADD COLUMN signed_on TEXT;            -- ISO date the contract was concluded
ALTER TABLE contract ADD COLUMN service_fees TEXT;         -- JSON {service: "decimal"}, adding up to monthly_fee
ALTER TABLE contract ADD COLUMN monthly_fee_tax TEXT NOT NULL DEFAULT 'included';
ALTER TABLE outage ADD COLUMN affected TEXT;               -- line, access ID, mailbox or site that was down
ALTER TABLE claim ADD COLUMN previous TEXT NOT NULL DEFAULT '[]';  -- JSON list of earlier letters
ALTER TABLE claim ADD COLUMN acknowledged TEXT;
ALTER TABLE claim ADD COLUMN interest INTEGER NOT NULL DEFAULT 1;
"""


def _to_v2(con: sqlite3.Connection) -> None:
    for statement in _split(_V2):
        con.execute(statement)


# Version 3: the watchdog (docs/watchdog.md), in tables of its own.
_WATCHDOG = """
-- The watchdog's probe log: one row per probe, hash-chained (claimdesk/watchdog/chain.py).
CREATE TABLE probe_target (
    id INTEGER PRIMARY KEY,
    service TEXT NOT NULL,
    name TEXT NOT NULL,                -- role, kind and host, e.g. 'anchor tcp 1.1.1.1:443'
    UNIQUE (service, name)
);
CREATE TABLE probe (
    id INTEGER PRIMARY KEY,            -- part of the hashed row: a removed row breaks the chain
    at_us INTEGER NOT NULL,            -- wall clock
    mono_us INTEGER NOT NULL,          -- monotonic clock (stops during sleep: tells gaps apart)
    target_id INTEGER NOT NULL REFERENCES probe_target (id),
    ok INTEGER NOT NULL,
    latency_us INTEGER,
    error TEXT,                        -- the failure, or what a success returned (HTTP Date...)
    hash BLOB NOT NULL                 -- SHA-256(previous row's hash + this row's canonical bytes)
);
CREATE INDEX probe_at ON probe (at_us);
CREATE TRIGGER probe_never_changes BEFORE UPDATE ON probe
BEGIN SELECT RAISE(ABORT, 'the probe log is append-only'); END;
-- Old probes pruned on purpose: verification steps over each sealed run.
CREATE TABLE probe_seal (
    first_id INTEGER PRIMARY KEY,
    last_id INTEGER NOT NULL,
    last_hash BLOB NOT NULL,
    rows INTEGER NOT NULL,
    sealed_us INTEGER NOT NULL
);
-- RFC 3161 time-stamp tokens of the chain head (the hash of probe row probe_id).
CREATE TABLE probe_timestamp (
    id INTEGER PRIMARY KEY,
    probe_id INTEGER NOT NULL,
    tsa TEXT NOT NULL,
    token BLOB NOT NULL,
    at_us INTEGER NOT NULL
);
-- State changes, gaps (sleep, app closed, clock jump) and local-network spans: never claimed.
CREATE TABLE watch_event (
    id INTEGER PRIMARY KEY,
    service TEXT NOT NULL,
    kind TEXT NOT NULL,                -- state | gap | local
    start_us INTEGER NOT NULL,
    end_us INTEGER,
    state TEXT,
    reason TEXT
);
CREATE INDEX watch_event_start ON watch_event (start_us);
-- Journal outages that were not typed in: found by the watchdog, in bounces or in a monitor.
CREATE TABLE detected_outage (
    outage_id INTEGER PRIMARY KEY REFERENCES outage (id) ON DELETE CASCADE,
    source TEXT NOT NULL,              -- watchdog | bounces | uptime-kuma | gatus | healthchecks
    micro INTEGER NOT NULL DEFAULT 0,  -- under two minutes
    confirmed_us INTEGER               -- when the user confirmed it; NULL until then
);
-- Entering the provider's ticket number on a detected outage confirms it, from any screen.
CREATE TRIGGER detected_outage_confirmed AFTER UPDATE OF provider_reference ON outage
WHEN NEW.provider_reference IS NOT NULL AND NEW.provider_reference != ''
BEGIN
    UPDATE detected_outage SET confirmed_us = CAST((julianday('now') - 2440587.5) * 86400000000 AS INTEGER)
    WHERE outage_id = NEW.id AND confirmed_us IS NULL;
END;
"""


def _to_v3(con: sqlite3.Connection) -> None:
    for statement in _split(_WATCHDOG):
        con.execute(statement)


# MIGRATIONS[n] upgrades a version-n file to version n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_to_v1, _to_v2, _to_v3]


def current_version() -> int:
    return len(MIGRATIONS)


# Version 4: the escalation ladder. A sent letter is a record that never changes (its PDF, the case
# it was made from, their SHA-256); a follow-up names the letter it follows; the provider's answers
# and the amounts received are kept per letter.
_V4 = """
ALTER TABLE claim ADD COLUMN follows_id INTEGER REFERENCES claim (id) ON DELETE RESTRICT;
CREATE INDEX claim_follows ON claim (follows_id);

CREATE TABLE claim_sent (
    claim_id INTEGER PRIMARY KEY REFERENCES claim (id) ON DELETE RESTRICT,
    sent_on TEXT NOT NULL,             -- ISO date the letter left
    delivery TEXT NOT NULL,
    tracking TEXT,                     -- registered-mail number, or the e-mail's message id
    pdf BLOB NOT NULL,
    pdf_sha256 TEXT NOT NULL,
    case_json TEXT NOT NULL,           -- the case the letter was made from (claimdesk-case JSON)
    case_sha256 TEXT NOT NULL,
    sent_us INTEGER NOT NULL
);
CREATE TRIGGER claim_sent_never_changes BEFORE UPDATE ON claim_sent
BEGIN SELECT RAISE(ABORT, 'a sent letter is never changed'); END;
CREATE TRIGGER claim_sent_never_deleted BEFORE DELETE ON claim_sent
BEGIN SELECT RAISE(ABORT, 'a sent letter is never deleted'); END;

CREATE TABLE claim_answer (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    answered_on TEXT NOT NULL,
    amount_offered TEXT,               -- NULL when the answer offers nothing
    reference TEXT,                    -- the provider's own file number
    note TEXT,
    letter BLOB,                       -- the provider's letter, kept as evidence
    letter_name TEXT,
    letter_sha256 TEXT,
    added_us INTEGER NOT NULL
);
CREATE INDEX claim_answer_claim ON claim_answer (claim_id, answered_on);

CREATE TABLE claim_payment (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    received_on TEXT NOT NULL,
    amount TEXT NOT NULL,
    note TEXT,
    added_us INTEGER NOT NULL
);
CREATE INDEX claim_payment_claim ON claim_payment (claim_id, received_on);
"""


def _to_v4(con: sqlite3.Connection) -> None:
    for statement in _split(_V4):
        con.execute(statement)


MIGRATIONS.append(_to_v4)


# Version 5: the contract's own service levels (loss method §Q) and when each outage's ticket
# was opened (the restoration clock of most guarantees starts there).
_V5 = """
ALTER TABLE contract ADD COLUMN sla TEXT;                  -- JSON, as contract.sla of a case file
ALTER TABLE outage ADD COLUMN reported_us INTEGER;         -- when the provider's ticket was opened
"""


def _to_v5(con: sqlite3.Connection) -> None:
    for statement in _split(_V5):
        con.execute(statement)


MIGRATIONS.append(_to_v5)
