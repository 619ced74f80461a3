// The lanes of one $group ('a' actors, 'k' kinds) with at least $atLeast items in all, most first: the candidates
// for a window's busiest lanes (a lane's items in a window are at most its items in all).
MATCH (t:DensityTotal)
WHERE t.group = $group AND t.n >= $atLeast
RETURN t.lane AS lane, t.n AS n
ORDER BY t.n DESC
LIMIT $limit
