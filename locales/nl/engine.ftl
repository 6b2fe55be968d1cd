# engine: nl
