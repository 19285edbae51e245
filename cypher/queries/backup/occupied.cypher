// How many nodes a restore would meet: all but the migrations' bookkeeping and the nodes each start
// of Troika writes for itself (labels in $startupLabels), which a restore replaces.
// :param bookkeeping => '__Neo4jMigration'
// :param startupLabels => ['SearchKeysVersion']
MATCH (n)
WHERE NOT any(label IN labels(n) WHERE label STARTS WITH $bookkeeping OR label IN $startupLabels)
RETURN count(n) AS nodes
