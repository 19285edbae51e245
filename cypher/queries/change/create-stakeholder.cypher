// Creates a stakeholder with its labels (Stakeholder, its kind, a group label) and properties.
// :param id => 'estate-illustrative-estate-a'
// :param labels => ['Estate']
// :param properties => {kind: 'Estate', name: '示意小区 A', nameEn: 'Illustrative estate A', provenance: ['illustrative'], version: 1}
CREATE (n:Stakeholder {id: $id})
SET n:$($labels)
SET n += $properties
RETURN properties(n) AS properties
