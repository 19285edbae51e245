// The number of entries of a list property of one stakeholder (work areas, difficulties addressed).
// :param id => 'xianxia-association'
// :param property => 'workAreas'
MATCH (n:Stakeholder {id: $id})
RETURN size(n[$property]) AS value
