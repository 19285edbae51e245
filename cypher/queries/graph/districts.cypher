// The districts with their sub-districts, each in id order: the scopes the explorer offers.
MATCH (d:District)
OPTIONAL MATCH (s:SubDistrict)-[:LOCATED_IN]->(d)
WITH d, s ORDER BY s.id
RETURN d.id AS id, d.name AS name, d.nameEn AS nameEn,
       [x IN collect(s) | x {.id, .name, .nameEn}] AS subDistricts
ORDER BY id
