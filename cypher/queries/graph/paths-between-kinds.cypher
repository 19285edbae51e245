// How stakeholders of one kind are linked to stakeholders of another inside a scope: for each pair,
// a shortest path of at most $maxLength (up to 4) relationships; the shortest first. A kind may also
// be a group label such as PartyOrganisation.
// :param fromKind => 'PropertyFirm'
// :param toKind => 'PartyOrganisation'
// :param scopeId => 'yingpu'
// :param maxLength => 3
// :param limit => 20
MATCH (scope:Stakeholder {id: $scopeId})
MATCH (a:Stakeholder)
WHERE $fromKind IN labels(a)
  AND (EXISTS { MATCH (a)-[:LOCATED_IN*0..3]->(scope) }
       OR EXISTS { MATCH (a)--(:Estate|ResidentsCommittee|VillageCommittee|PreparatoryGroup)-[:LOCATED_IN*1..3]->(scope) })
MATCH (b:Stakeholder)
WHERE $toKind IN labels(b) AND a <> b
  AND (EXISTS { MATCH (b)-[:LOCATED_IN*0..3]->(scope) }
       OR EXISTS { MATCH (b)--(:Estate|ResidentsCommittee|VillageCommittee|PreparatoryGroup)-[:LOCATED_IN*1..3]->(scope) })
MATCH p = shortestPath((a)-[*..4]-(b))
WHERE length(p) <= $maxLength
WITH p ORDER BY length(p), a.id, b.id
LIMIT $limit
RETURN [n IN nodes(p) | properties(n)] AS stakeholders,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS links
