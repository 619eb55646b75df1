"""Commands for school data: import, export, demo. (Being written: foundation helper.)"""
COMMANDS: list = []
