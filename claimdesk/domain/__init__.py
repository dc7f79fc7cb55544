"""Pure rules of ClaimDesk: the data model, validation and the loss method (standard library only)."""
