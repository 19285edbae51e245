// One property of one stakeholder (an area, a founding year, a planned figure).
// :param id => 'xianxia'
// :param property => 'areaKm2'
MATCH (n:Stakeholder {id: $id})
RETURN n[$property] AS value
