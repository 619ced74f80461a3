// Relationships per type, for the seed report and tests.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
