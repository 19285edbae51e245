// The graph of one scope for network measures: its members and the distinct ties among them.
// Members are the organisations, places and activities of the scope, as in graph/scope, and, when
// $includePeople, the people tied to any of them. A tie is an unordered pair of member ids
// [a, b] with a < b: relationships count whatever their type or direction, several between the
// same two members count once, and self-loops not at all.
// At most $maxNodes + 1 members are gathered: one more than the cap tells the caller that the
// scope is too large, and then no ties are read. No row when there is no stakeholder $scopeId.
// :param scopeId => 'yingpu'
// With $asOf, only relationships valid on that date make ties (those without dates always do).
// :param includePeople => false
// :param maxNodes => 50000
// :param asOf => null
MATCH (scope:Stakeholder {id: $scopeId})
CALL (scope) {
  CALL (scope) {
    MATCH (place:Stakeholder)-[:LOCATED_IN*0..3]->(scope)
    RETURN place AS member
    UNION
    MATCH (place:Stakeholder)-[:LOCATED_IN*0..3]->(scope)
    MATCH (member:Stakeholder)--(place)
    RETURN member
    UNION
    MATCH (member:Stakeholder)--(:OwnersCommittee|JointMeeting|Project|PropertyFirm)-[:REPRESENTS|CONVENES|TARGETS|SERVES]->(:Estate)-[:LOCATED_IN*1..3]->(scope)
    RETURN member
  }
  WITH DISTINCT member
  WHERE NOT member:Person
  CALL (member) {
    RETURN member AS node
    UNION
    MATCH (member)--(node:Person)
    WHERE $includePeople
    RETURN node
  }
  WITH DISTINCT node
  LIMIT $maxNodes + 1
  RETURN collect(node) AS nodes
}
CALL (nodes) {
  UNWIND CASE WHEN size(nodes) <= $maxNodes THEN nodes ELSE [] END AS a
  MATCH (a)-[r]-(b:Stakeholder)
  WHERE a.id < b.id AND b IN nodes
    AND ($asOf IS NULL
         OR ((r.since IS NULL OR NOT r.since IS :: DATE OR r.since <= $asOf)
             AND (r.until IS NULL OR NOT r.until IS :: DATE OR r.until >= $asOf)))
  RETURN collect(DISTINCT [a.id, b.id]) AS ties
}
RETURN [n IN nodes | n {.id, .kind}] AS nodes, ties
