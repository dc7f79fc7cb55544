"""ClaimDesk: claim compensation from a telecom provider after an outage."""

__version__ = "0.1.0"
