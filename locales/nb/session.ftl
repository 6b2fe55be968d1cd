# session: nb
