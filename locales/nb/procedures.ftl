# procedures: nb
