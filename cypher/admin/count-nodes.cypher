// Nodes per label, for the seed report and tests; the :GraphVersion bookkeeping node is not a fact.
MATCH (n) WHERE NOT n:GraphVersion
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
