// Deletes a relationship.
// :param from => 'xianxia-firm-1'
// :param type => 'SERVES'
// :param to => 'xianxia-estate-01'
MATCH (:Stakeholder {id: $from})-[r:$($type)]->(:Stakeholder {id: $to})
DELETE r
