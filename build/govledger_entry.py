"""What the frozen executables run (govledger.spec): the same main() as `python -m govledger`."""

from govledger.cli import main

raise SystemExit(main())
