// A scope (district, sub-district, residents' or village committee) by id, or nothing.
// :param scopeId => 'yingpu'
MATCH (scope:Stakeholder {id: $scopeId})
WHERE scope:District OR scope:SubDistrict OR scope:ResidentsCommittee OR scope:VillageCommittee OR scope:PreparatoryGroup
RETURN properties(scope) AS scope
