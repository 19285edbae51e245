// Every node of a backup with its labels and properties, keyed by its element id, which the backup
// uses only to reconnect relationships on restore.
// :param bookkeeping => '__Neo4jMigration'
MATCH (n)
WHERE NOT any(label IN labels(n) WHERE label STARTS WITH $bookkeeping)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties
