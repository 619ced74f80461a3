// One fulltext index over every searchable field, so a single query ranks actors, events and statements together.
// standard-no-stop-words: "the", "no" and "not" are meaningful in quotes ("No, President Trump").
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Actor|Event|Statement) ON EACH [n.name, n.aliasesText, n.title, n.description, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }
