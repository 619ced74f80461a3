CREATE RANGE INDEX event_latest IF NOT EXISTS FOR (n:Event) ON (n.latest)
