// The organisations, places and activities of one scope, a district or a sub-district or a residents'
// committee (people left out), and the relationships among them, at most $limit stakeholders. A
// relationship's since and until are dates, or null where it has none (a year as a number is none).
// :param scopeId => 'yingpu'
// :param limit => 1000
MATCH (scope:Stakeholder {id: $scopeId})
CALL (scope) {
  MATCH (place:Stakeholder)-[:LOCATED_IN*0..3]->(scope)
  RETURN place AS member
  UNION
  MATCH (place:Stakeholder)-[:LOCATED_IN*0..3]->(scope)
  MATCH (member:Stakeholder)--(place)
  RETURN member
  UNION
  MATCH (:Stakeholder)-[:LOCATED_IN*0..3]->(scope)
  MATCH (member:Stakeholder)--(:OwnersCommittee|JointMeeting|Project|PropertyFirm)-[:REPRESENTS|CONVENES|TARGETS|SERVES]->(:Estate)-[:LOCATED_IN*1..3]->(scope)
  RETURN member
}
WITH DISTINCT member
WHERE NOT member:Person
WITH collect(member) AS found
WITH found[..$limit] AS members, size(found) > $limit AS truncated
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b)
  WHERE b IN members
  RETURN collect(r) AS relationships
}
RETURN [m IN members | m {.id, .kind, .name, .nameEn, .provenance}] AS nodes,
       [r IN relationships | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
                             since: CASE WHEN r.since IS :: DATE THEN r.since END,
                             until: CASE WHEN r.until IS :: DATE THEN r.until END}] AS links,
       truncated
