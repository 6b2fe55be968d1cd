# procedures: nl
