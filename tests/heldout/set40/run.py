#!/usr/bin/env python3
"""Held-out set 40 runner: the shared runner (../runner.py) on this folder's questions.json and data/.

    python3 tests/heldout/set40/run.py [--desk PATH] [--only ID ...] [--json OUT] [--jobs N] [--timeout S]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.dont_write_bytecode = True

from runner import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
