# session: nl
