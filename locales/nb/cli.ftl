# cli: nb
