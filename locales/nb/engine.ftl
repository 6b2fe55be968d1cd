# engine: nb
