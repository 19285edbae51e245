// Deletes up to $batch nodes with their relationships, all but the migrations' bookkeeping: a
// restore that replaces the graph, or that clears the start-up nodes, calls it until it returns 0.
// :param bookkeeping => '__Neo4jMigration'
// :param batch => 10000
MATCH (n)
WHERE NOT any(label IN labels(n) WHERE label STARTS WITH $bookkeeping)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
