// Relationships to export, with their type, ends and properties: every one between stakeholders when $ids
// is null, else those among the stakeholders with these ids; only those valid on $asOf when it is a date
// (begun by then and not ended before; undated relationships always count).
// :param ids => null
// :param asOf => null
MATCH (a:Stakeholder)-[r]->(b:Stakeholder)
WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
  AND ($asOf IS NULL
       OR ((r.since IS NULL OR NOT r.since IS :: DATE OR r.since <= $asOf)
           AND (r.until IS NULL OR NOT r.until IS :: DATE OR r.until >= $asOf)))
RETURN r.id AS id, type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
ORDER BY start, type, end
