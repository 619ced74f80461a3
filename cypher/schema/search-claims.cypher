// One fulltext index over what search matches (server/store/search-candidates.ts): each subject's searchText (every
// source's names, titles, descriptions, wordings and evidence quotes) and each source's title and text, so a
// single query finds candidates of every kind. standard-no-stop-words: "the", "no" and "not" are meaningful in quotes
// ("No, President Trump"). (It replaces search_text, which indexed only the shown values.)
CREATE FULLTEXT INDEX search_claims IF NOT EXISTS
FOR (n:Actor|Event|Statement|Source) ON EACH [n.searchText, n.title, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }
