# commands: nl
