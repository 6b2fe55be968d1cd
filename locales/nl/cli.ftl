# cli: nl
