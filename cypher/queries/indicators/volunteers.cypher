// Volunteers serving in the residential areas and villages of a scope.
// :param scopeId => 'yingpu'
MATCH (v:Volunteer)-[:VOLUNTEERS_IN]->()-[:LOCATED_IN*0..2]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT v) AS value
