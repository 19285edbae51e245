// A scene: the stakeholders with these ids and every relationship among them, only those valid on
// $asOf when it is a date (begun by then and not ended before; undated relationships always count).
// Neo4j Browser draws the result as it stands.
// :param ids => ['yingpu-estate-003', 'yingpu-oc-003', 'yingpu-oa-003']
// :param asOf => null
MATCH (n:Stakeholder)
WHERE n.id IN $ids
WITH collect(n) AS stakeholders
CALL (stakeholders) {
  UNWIND stakeholders AS a
  MATCH (a)-[r]->(b:Stakeholder)
  WHERE b IN stakeholders
    AND ($asOf IS NULL
         OR ((r.since IS NULL OR NOT r.since IS :: DATE OR r.since <= $asOf)
             AND (r.until IS NULL OR NOT r.until IS :: DATE OR r.until >= $asOf)))
  RETURN collect(r) AS relationships
}
RETURN stakeholders, relationships
