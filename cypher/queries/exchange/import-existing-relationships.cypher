// The relationships of an import that the graph already holds, by (start, type, end).
// :param rows => [{start: 'yingpu-firm-07', type: 'SERVES', end: 'yingpu-estate-003'}]
UNWIND $rows AS row
MATCH (a:Stakeholder {id: row.start})-[r]->(b:Stakeholder {id: row.end})
WHERE type(r) = row.type
RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS properties
