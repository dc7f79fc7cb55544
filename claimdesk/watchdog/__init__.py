"""The watchdog: evidence that collects itself.

``states`` decides from probe verdicts when a service is down (pure, any clock); ``probes`` runs
unprivileged network checks; ``chain`` makes the probe log tamper-evident; ``rfc3161`` builds and
checks time-stamp tokens; ``bounces`` and ``monitors`` read outages out of bounce e-mails and
monitoring tools. Nothing here touches Qt or the company file.
"""
