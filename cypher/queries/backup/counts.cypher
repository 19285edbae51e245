// How many nodes and relationships a backup holds: all of them but the bookkeeping of the schema
// migrations (labels starting with $bookkeeping), which every start of Troika writes for itself.
// :param bookkeeping => '__Neo4jMigration'
CALL () {
  MATCH (n)
  WHERE NOT any(label IN labels(n) WHERE label STARTS WITH $bookkeeping)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE NOT any(label IN labels(a) WHERE label STARTS WITH $bookkeeping)
    AND NOT any(label IN labels(b) WHERE label STARTS WITH $bookkeeping)
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
