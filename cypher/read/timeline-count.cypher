// How many items the whole timeline holds: every event and statement is a :TimelineItem (a count-store read).
MATCH (n:TimelineItem)
RETURN count(n) AS total
