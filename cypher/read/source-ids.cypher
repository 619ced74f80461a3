// Every source id, by publication date then id.
MATCH (s:Source)
RETURN s.id AS id
ORDER BY s.publishedAt, s.id
