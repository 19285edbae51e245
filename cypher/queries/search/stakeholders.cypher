// The stakeholders matching a search, best first, at most $first. Candidates come from three places:
// when the query names a kind ($namedKinds: 业委会 names OwnersCommittee), the stakeholders of that
// kind, from the kind index; stakeholder_search_whole (whole keys, exact and prefix); and
// stakeholder_search_words (the query's words inside keys), unless $words is null or the kind alone
// already fills $first places above anything found only by words.
// The score's integer part says how a stakeholder matched: 6 exact name, 5 exact alias, 4 name
// prefix, 3 the query names its kind, 2 alias prefix, 1 pinyin or initials, 0 words inside a name
// only. Half of the fraction is the share of the matched key that the query covers, half the words
// index's relevance. SearchService builds $whole, $words, $forms (the query's normalised forms) and
// $namedKinds from the user's text. Unless $personalNames (the searcher may see personal data), a person is
// found only when the query names their kind, never by their names: a hit would confirm who someone is.
// :param whole => 'searchNames:仙霞^8 OR searchAliases:仙霞^6 OR searchNames:仙霞*^4 OR searchAliases:仙霞*^3'
// :param words => 'searchWords:"仙霞"'
// :param forms => ['仙霞']
// :param namedKinds => []
// :param personalNames => false
// :param kinds => []
// :param candidates => 300
// :param first => 20
CALL () {
  UNWIND $namedKinds AS kind
  MATCH (node:Stakeholder)
  WHERE node.kind = kind AND (size($kinds) = 0 OR kind IN $kinds)
  WITH node
  LIMIT $candidates
  RETURN collect(node) AS listed
}
CALL (listed) {
  UNWIND listed AS node
  RETURN node, 0.0 AS relevance
  UNION ALL
  CALL db.index.fulltext.queryNodes('stakeholder_search_whole', $whole, {limit: $candidates}) YIELD node
  RETURN node, 0.0 AS relevance
  UNION ALL
  WITH listed
  WHERE $words IS NOT NULL AND size(listed) < $first
  CALL db.index.fulltext.queryNodes('stakeholder_search_words', $words, {limit: $candidates}) YIELD node, score
  RETURN node, score AS relevance
}
WITH node, max(relevance) AS relevance
WHERE (size($kinds) = 0 OR node.kind IN $kinds)
  AND ($personalNames OR node.kind <> 'Person' OR node.kind IN $namedKinds)
WITH node, $personalNames OR node.kind <> 'Person' AS byName, relevance
WITH node, CASE WHEN byName THEN relevance ELSE 0.0 END AS relevance, CASE WHEN byName THEN $forms ELSE [] END AS forms
WITH node, relevance,
     reduce(matches = CASE WHEN node.kind IN $namedKinds THEN [3.5] ELSE [] END, form IN forms | matches
       + [key IN node.searchNames WHERE key STARTS WITH form |
           CASE key WHEN form THEN 6.0 ELSE 4.0 END + 0.5 * size(form) / size(key)]
       + [key IN node.searchAliases WHERE key STARTS WITH form |
           CASE key WHEN form THEN 5.0 ELSE 2.0 END + 0.5 * size(form) / size(key)]
       + [key IN node.searchPinyin WHERE key STARTS WITH form |
           1.0 + 0.5 * size(form) / size(key)]) AS matches
WITH node, relevance,
     reduce(best = 0.0, match IN matches | CASE WHEN match > best THEN match ELSE best END) AS band
RETURN node.id AS id, node.kind AS kind, band + 0.5 * relevance / (relevance + 1.0) AS score
ORDER BY score DESC, id
LIMIT $first
