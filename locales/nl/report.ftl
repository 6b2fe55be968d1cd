# report: nl
