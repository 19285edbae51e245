// The shortest paths (up to 6 relationships, fewer if $maxLength says so) between two stakeholders,
// through relationships valid on a date when one is given.
// :param from => 'yingpu-wang-legal-studio'
// :param to => 'yingpu-foundation'
// :param maxLength => 6
// :param limit => 5
// :param asOf => null
MATCH (a:Stakeholder {id: $from}), (b:Stakeholder {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxLength
  AND ($asOf IS NULL OR all(r IN relationships(p) WHERE
        (r.since IS NULL OR NOT r.since IS :: DATE OR r.since <= $asOf)
        AND (r.until IS NULL OR NOT r.until IS :: DATE OR r.until >= $asOf)))
RETURN [n IN nodes(p) | properties(n)] AS stakeholders,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS links
LIMIT $limit
