from govledger.cli import main

raise SystemExit(main())
