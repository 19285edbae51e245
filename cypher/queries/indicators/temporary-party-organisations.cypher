// Temporary party organisations set up in the residential areas and villages of a scope.
// :param scopeId => 'yingpu'
MATCH (t:TemporaryPartyOrganisation)-[:LOCATED_IN*1..3]->(:Stakeholder {id: $scopeId})
RETURN count(DISTINCT t) AS value
