"""The watchdog's settings on this computer: off until the user turns it on after reading which
hosts it will contact. Kept in the settings folder (``watchdog.json``), not in the company file:
the consent is the person's at this computer, not the company's."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace

from .. import paths
from ..watchdog import probes

SETTINGS_FILE = "watchdog.json"
RETENTION_DAYS = 30  # raw probes older than this are kept only around outages


@dataclass(frozen=True)
class WatchSettings:
    enabled: bool = False
    consented_hosts: tuple[str, ...] = ()  # the hosts the user agreed to; a new one needs consent again
    gateway: str = ""                      # HOST:PORT of the shop's box
    isp_resolver: str = ""                 # the provider's DNS server ("" = as the system uses)
    anchors: tuple[str, ...] = probes.PUBLIC_ANCHORS
    resolvers: tuple[str, ...] = probes.PUBLIC_RESOLVERS
    url: str = probes.CONNECTIVITY_URL
    interval: float = 60.0
    tsa_urls: tuple[str, ...] = field(default=())

    def plan(self) -> list:
        return probes.internet_plan(gateway=self.gateway, isp_resolver=self.isp_resolver or probes.system_resolver(),
                                    anchors=self.anchors, resolvers=self.resolvers, url=self.url)

    def hosts(self) -> list[str]:
        """Every host the watchdog contacts with these settings, for the consent text."""
        from urllib.parse import urlsplit

        return probes.contacted_hosts(self.plan()) + [urlsplit(u).hostname or u for u in self.tsa_urls]

    @property
    def active(self) -> bool:
        """On, and every host it would contact was agreed to."""
        return self.enabled and set(self.hosts()) <= set(self.consented_hosts)

    def check(self) -> list[str]:
        """Field names whose values are unusable."""
        bad = []
        if self.gateway:
            try:
                host, port = probes.split_host_port(self.gateway, 0)
                if not host or not 0 < port < 65536:
                    bad.append("gateway")
            except ValueError:
                bad.append("gateway")
        if not 10 <= self.interval <= 3600:
            bad.append("interval")
        return bad


def load(data_dir=None) -> WatchSettings:
    try:
        raw = json.loads((paths.settings_dir(data_dir) / SETTINGS_FILE).read_text("utf-8"))
        known = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()
                 if k in WatchSettings.__dataclass_fields__}
        return replace(WatchSettings(), **known)
    except (OSError, ValueError, TypeError):
        return WatchSettings()


def save(settings: WatchSettings, data_dir=None) -> None:
    folder = paths.settings_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{SETTINGS_FILE}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(asdict(settings), indent=1), "utf-8")
    os.replace(tmp, folder / SETTINGS_FILE)
