"""ClaimDesk letters layer (see docs/architecture.md)."""
