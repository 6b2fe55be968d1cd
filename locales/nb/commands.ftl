# commands: nb
