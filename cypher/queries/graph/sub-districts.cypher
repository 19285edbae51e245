// The sub-districts, with their district, in id order.
MATCH (s:SubDistrict)
OPTIONAL MATCH (s)-[:LOCATED_IN]->(d:District)
RETURN s.id AS id, s.name AS name, s.nameEn AS nameEn, d.id AS districtId, d.name AS districtName, d.nameEn AS districtNameEn
ORDER BY id
