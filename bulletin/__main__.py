"""Allow ``python -m bulletin``."""

from bulletin.cli import main

main()
