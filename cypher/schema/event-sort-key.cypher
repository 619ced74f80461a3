CREATE RANGE INDEX event_sort_key IF NOT EXISTS FOR (n:Event) ON (n.sortKey)
