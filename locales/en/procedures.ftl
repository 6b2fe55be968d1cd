# procedures: en
