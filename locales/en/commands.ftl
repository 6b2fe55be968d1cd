# commands: en
