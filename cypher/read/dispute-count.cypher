// How many disputed fields there are in all.
MATCH (n:Disputed)
RETURN sum(size(n.disputedFields)) AS total
