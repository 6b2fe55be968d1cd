# views: nl
