// Sets properties of a stakeholder; a property given as null is removed.
// :param id => 'estate-illustrative-estate-a'
// :param properties => {old: true, nameEn: null, version: 2}
MATCH (n:Stakeholder {id: $id})
SET n += $properties
RETURN properties(n) AS properties
