// One ring of a neighbourhood: the relationships of the frontier's stakeholders, filtered by type,
// by the kind at the other end and by validity on a date (relationships without dates always count).
// :param frontier => ['yingpu-estate-003']
// :param types => null
// :param kinds => null
// :param asOf => null
// :param limit => 1000
UNWIND $frontier AS id
MATCH (n:Stakeholder {id: id})-[r]-(m:Stakeholder)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($kinds IS NULL OR m.kind IN $kinds)
  AND ($asOf IS NULL
       OR ((r.since IS NULL OR NOT r.since IS :: DATE OR r.since <= $asOf)
           AND (r.until IS NULL OR NOT r.until IS :: DATE OR r.until >= $asOf)))
RETURN properties(m) AS stakeholder,
       {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)} AS link
LIMIT $limit
