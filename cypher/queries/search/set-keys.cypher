// Stores the search keys computed by SearchKeys on stakeholders.
// :param rows => [{id: 'xianxia', keys: {searchNames: ['仙霞新村街道'], searchAliases: ['仙霞'], searchPinyin: ['xianxia', 'xx'], searchWords: ['仙霞新村街道', '仙霞', 'xian xia']}}]
UNWIND $rows AS row
MATCH (n:Stakeholder {id: row.id})
SET n += row.keys
