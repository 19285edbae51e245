// Sets properties of a relationship; a property given as null is removed.
// :param from => 'xianxia-firm-1'
// :param type => 'SERVES'
// :param to => 'xianxia-estate-01'
// :param properties => {until: date('2027-12-31'), revision: 2}
MATCH (:Stakeholder {id: $from})-[r:$($type)]->(:Stakeholder {id: $to})
SET r += $properties
RETURN properties(r) AS properties
