// Publication days of sources, for the reconciliation rule's tie-break (most sources, then earliest publication).
MATCH (s:Source)
WHERE s.id IN $sourceIds
RETURN s.id AS id, s.publishedAt AS publishedAt
