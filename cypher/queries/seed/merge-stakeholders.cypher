// Creates or updates stakeholders by their id, with their kind and other labels, and their search keys
// (searchNames, searchAliases, searchPinyin, searchWords: computed by SearchKeys). Idempotent.
// :param rows => [{id: 'demo-estate', labels: ['Estate'], properties: {kind: 'Estate', name: '示意小区', nameEn: 'Illustrative estate', provenance: ['illustrative']}}]
UNWIND $rows AS row
MERGE (n:Stakeholder {id: row.id})
SET n += row.properties
SET n:$(row.labels)
