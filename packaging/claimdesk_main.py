"""Entry point of the frozen app: the same ``claimdesk`` command as ``python -m claimdesk``.

``--check-bundle`` (first argument only) runs packaging checks instead, so support and CI can ask
an installed copy whether its resources, locales and Qt plugins are all there.
"""

import sys


def main() -> int:
    if sys.argv[1:2] == ["--check-bundle"]:
        import bundle_selfcheck

        return bundle_selfcheck.main()
    from claimdesk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
