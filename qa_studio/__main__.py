"""`python -m qa_studio` is the same as the qa-studio command."""

import sys

from qa_studio.cli import main

sys.exit(main())
