# report: nb
