CREATE RANGE INDEX event_earliest IF NOT EXISTS FOR (n:Event) ON (n.earliest)
