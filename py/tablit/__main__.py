"""`python -m tablit serve app.py`: the same command as the `tablit` script (tablit.cli)."""

from tablit.cli import main

raise SystemExit(main())
