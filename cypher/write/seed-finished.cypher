// The last transaction of a bulk first seed: its marker goes, in the transaction that bumps the graph version
// (write/graph-version), so the version changes exactly when the load is complete.
MATCH (m:SeedInProgress)
DELETE m
