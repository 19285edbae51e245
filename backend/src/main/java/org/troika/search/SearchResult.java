package org.troika.search;

/**
 * One stakeholder found by a search.
 *
 * @param id    the stakeholder's business id
 * @param kind  its kind label ({@code SubDistrict}, {@code OwnersCommittee}, ...)
 * @param score how well it matched, higher is better: the integer part is the kind of match
 *              (6 exact name, 5 exact alias, 4 name prefix, 3 the query names the stakeholder's
 *              kind, 2 alias prefix, 1 pinyin or initials, 0 words inside a name only), the
 *              fraction orders matches of one kind
 */
public record SearchResult(String id, String kind, double score) {
}
