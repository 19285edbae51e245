// Updates relationships the graph holds, one per (start, type, end): sets the given properties (a property
// given as null is removed).
// :param rows => [{start: 'yingpu-firm-07', end: 'yingpu-estate-003', type: 'SERVES', properties: {since: date('2020-01-01'), revision: 2}}]
UNWIND $rows AS row
MATCH (start:Stakeholder {id: row.start})-[r]->(end:Stakeholder {id: row.end})
WHERE type(r) = row.type
SET r += row.properties
