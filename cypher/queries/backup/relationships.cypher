// Every relationship of a backup: its type, the keys of its start and end nodes, and its properties.
// :param bookkeeping => '__Neo4jMigration'
MATCH (a)-[r]->(b)
WHERE NOT any(label IN labels(a) WHERE label STARTS WITH $bookkeeping)
  AND NOT any(label IN labels(b) WHERE label STARTS WITH $bookkeeping)
RETURN type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS properties
