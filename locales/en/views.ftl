# views: en
