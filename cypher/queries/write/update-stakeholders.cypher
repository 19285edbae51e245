// Updates stakeholders the graph holds: sets the given properties (a property given as null is removed)
// and adds the given labels.
// :param rows => [{id: 'demo-estate', labels: ['Estate'], properties: {nameEn: 'Illustrative estate', version: 2}}]
UNWIND $rows AS row
MATCH (n:Stakeholder {id: row.id})
SET n += row.properties
SET n:$(row.labels)
