// Timeline items by sortKey with their latest bound in the index: an OVERLAPS window's look-back (items keyed up to
// 62 days before it, read/timeline-page-overlaps.cypher) keeps the few that reach into the window from the index
// alone, instead of reading each one's latest from the store (on the 100k month page, 97 of 2,658).
CREATE RANGE INDEX timeline_item_reach IF NOT EXISTS FOR (n:TimelineItem) ON (n.sortKey, n.latest)
