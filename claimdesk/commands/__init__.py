"""One module per ``claimdesk`` subcommand: ``register(subparsers)`` defines its arguments and sets
``run(args) -> exit code``. Heavy imports belong inside ``run``."""
