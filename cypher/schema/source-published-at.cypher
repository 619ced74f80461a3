CREATE RANGE INDEX source_published_at IF NOT EXISTS FOR (n:Source) ON (n.publishedAt)
