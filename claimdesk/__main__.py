import sys

from claimdesk.cli import main

sys.exit(main())
