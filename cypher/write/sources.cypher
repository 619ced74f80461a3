// The batch's sources (one row per source id); scalar fields follow the last article loaded.
UNWIND $rows AS source
MERGE (s:Source {id: source.id})
SET s.title = source.title,
    s.publisher = source.publisher,
    s.publishedAt = source.publishedAt,
    s.url = source.url,
    s.text = source.text
