// Deletes a stakeholder with whatever relationships it still has, the CHANGED links of its history among them;
// the history itself stays, found by the stakeholder's id.
// :param id => 'estate-illustrative-estate-a'
MATCH (n:Stakeholder {id: $id})
DETACH DELETE n
