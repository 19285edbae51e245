// Search (docs/search.md). Every stakeholder carries search keys computed in Java by SearchKeys,
// lists of normalised strings: searchNames, searchAliases, searchPinyin (joined and initials) and
// searchWords (names, aliases and pinyin syllables). Two full-text indexes read them, each also
// over the kind, so that a search filtered by kind stays inside the index.

// Whole keys, one term each: exact and prefix matches of the whole query (仙霞新村街道, xianxia*, xxxc*).
CREATE FULLTEXT INDEX stakeholder_search_whole IF NOT EXISTS
FOR (n:Stakeholder) ON EACH [n.searchNames, n.searchAliases, n.searchPinyin, n.kind]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };

// Words inside keys: Chinese as overlapping character pairs, latin text as words, so that 仙霞 finds
// 示意业委会 仙霞-01 and "xian xia" finds the syllables of 仙霞新村街道.
CREATE FULLTEXT INDEX stakeholder_search_words IF NOT EXISTS
FOR (n:Stakeholder) ON EACH [n.searchWords, n.kind]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
