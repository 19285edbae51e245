// Saves a scene of the explorer: its name and its address (the explorer's own query string).
// :param id => 'b3f1c2d4-0000-4000-8000-000000000000'
// :param name => '盈浦城北 三驾马车'
// :param address => 'scope=yingpu&expand=yingpu-estate-003&layout=radial'
// :param createdAt => datetime('2026-05-04T09:30:00Z')
// :param createdBy => 'anonymous'
CREATE (s:SavedScene {id: $id, name: $name, address: $address, createdAt: $createdAt, createdBy: $createdBy})
RETURN s {.*} AS scene
