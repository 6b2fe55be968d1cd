# views: nb
