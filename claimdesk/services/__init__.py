"""Use cases shared by the GUI and the command line: estimate, render, open a company file, export."""
