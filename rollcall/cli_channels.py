"""Commands for the parents' channels: serve, send, telegram. (Being written: channels helper.)"""
COMMANDS: list = []
