// Tour scene: the temporary party organisations of a sub-district and the residential areas they
// were set up in, with the sub-district itself.
// :param scopeId => 'yingpu'
MATCH (scope:Stakeholder {id: $scopeId})
MATCH (organisation:TemporaryPartyOrganisation)-[:LOCATED_IN]->(area:Stakeholder)-[:LOCATED_IN]->(scope)
WITH scope, organisation, area ORDER BY organisation.id
WITH scope, collect(DISTINCT organisation.id) AS organisations, collect(DISTINCT area.id) AS areas
UNWIND [scope.id] + organisations + areas AS id
RETURN DISTINCT id
