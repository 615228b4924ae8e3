"""`python -m scoexport.cli`: the same command as the `scoexport` entry point."""
from .app import main

main()
