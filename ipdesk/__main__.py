from ipdesk.cli import main

raise SystemExit(main())
