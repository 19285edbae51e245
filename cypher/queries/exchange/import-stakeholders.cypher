// Creates or updates imported stakeholders by their id, adding their labels; a property given as null is
// removed (an empty cell of the file). The properties carry the search keys and the import's provenance.
// :param rows => [{id: 'demo-estate', labels: ['Estate'], properties: {kind: 'Estate', name: '示意小区', provenance: ['import:4f1c…'], version: 1}}]
UNWIND $rows AS row
MERGE (n:Stakeholder {id: row.id})
SET n += row.properties
SET n:$(row.labels)
