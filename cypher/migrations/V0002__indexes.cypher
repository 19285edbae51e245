// Lists and filters by kind.
CREATE INDEX stakeholder_kind IF NOT EXISTS
FOR (n:Stakeholder) ON (n.kind);

// Name search in Chinese and English: the CJK analyzer indexes Chinese text as overlapping
// character pairs, so a two-character query such as 仙霞 finds 仙霞新村街道.
CREATE FULLTEXT INDEX stakeholder_names IF NOT EXISTS
FOR (n:Stakeholder) ON EACH [n.name, n.nameEn, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
