// Creates or updates the facts of the source article that provenance refers to. Idempotent.
// :param facts => [{id: 'F05', caseId: 'xianxia', statement: '...', statementZh: '...'}]
UNWIND $facts AS fact
MERGE (f:Fact {id: fact.id})
SET f.caseId = fact.caseId, f.statement = fact.statement, f.statementZh = fact.statementZh
