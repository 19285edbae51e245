// Which of the given relationships, by (start, type, end), the graph already holds, as the rows' positions.
// :param rows => [{index: 0, start: 'yingpu-firm-07', type: 'SERVES', end: 'yingpu-estate-003'}]
UNWIND $rows AS row
MATCH (start:Stakeholder {id: row.start})-[r]->(end:Stakeholder {id: row.end})
WHERE type(r) = row.type
RETURN collect(DISTINCT row.index) AS indexes
