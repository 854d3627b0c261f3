"""Allow ``python -m presspad`` as a synonym of the ``presspad`` command."""

from __future__ import annotations

from presspad.cli.main import main

raise SystemExit(main())
