# session: en
