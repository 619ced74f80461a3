// Events and statements share :TimelineItem so one index holds them in timeline order: a page is read in index
// order and stops at its limit, and a date window is a range on sortKey (see read/timeline-page-*.cypher).
CREATE RANGE INDEX timeline_item_order IF NOT EXISTS FOR (n:TimelineItem) ON (n.sortKey, n.id)
