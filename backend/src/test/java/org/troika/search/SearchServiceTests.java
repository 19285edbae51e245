package org.troika.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.TroikaTest;

@TroikaTest
class SearchServiceTests {

    @Autowired
    SearchService search;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void two_chinese_characters_find_the_sub_district_first() {
        assertThat(search("仙霞")).first().extracting(SearchResult::id).isEqualTo("xianxia");
        assertThat(search("盈浦")).first().extracting(SearchResult::id).isEqualTo("yingpu");
    }

    @Test
    void pinyin_and_initials_find_the_sub_district() {
        assertThat(search("xianxia")).first().extracting(SearchResult::id).isEqualTo("xianxia");
        assertThat(search("xian xia")).first().extracting(SearchResult::id).isEqualTo("xianxia");
        assertThat(ids(search("xxxc"))).contains("xianxia");
        assertThat(ids(search("xxxcjd"))).first().isEqualTo("xianxia");
    }

    @Test
    void pinyin_reads_names_as_words() {
        assertThat(search("changning")).first().extracting(SearchResult::id).isEqualTo("changning");
    }

    @Test
    void the_english_name_finds_the_sub_district() {
        assertThat(search("Yingpu")).first().extracting(SearchResult::id).isEqualTo("yingpu");
        assertThat(search("yingpu sub-district")).first().extracting(SearchResult::id).isEqualTo("yingpu");
    }

    @Test
    void the_full_name_ranks_above_names_that_only_start_with_it() {
        var results = search("仙霞新村街道");

        assertThat(results.getFirst().id()).isEqualTo("xianxia");
        assertThat(results.getFirst().score()).isGreaterThanOrEqualTo(6.0);
        assertThat(ids(results)).contains("xianxia-party-working-committee", "xianxia-association");
        assertThat(results).extracting(SearchResult::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void an_abbreviation_and_its_full_form_both_find_owners_committees_after_names_that_start_with_them() {
        var results = search("业委会");

        assertThat(ids(results.subList(0, 3))).containsExactlyInAnyOrder(
                "xianxia-online-voting", "yingpu-joint-review", "shanghai-committee-operation-standard");
        assertThat(results.subList(3, results.size())).extracting(SearchResult::kind).containsOnly("OwnersCommittee");
        assertThat(search("業委會")).isEqualTo(results);
        for (String query : List.of("业主委员会", "業主委員會")) {
            assertThat(ids(search(query))).as(query).isEqualTo(ids(results));
        }
    }

    @Test
    void a_name_inside_the_words_of_other_names_is_found() {
        assertThat(ids(search.search("业委会", List.of("Policy"), 20)))
                .contains("shanghai-committee-operation-standard", "yingpu-joint-review");
    }

    @Test
    void juwei_finds_residents_committees() {
        assertThat(search("居委")).first().extracting(SearchResult::kind).isEqualTo("ResidentsCommittee");
        assertThat(search("居民委员会")).first().extracting(SearchResult::kind).isEqualTo("ResidentsCommittee");
    }

    @Test
    void wuye_finds_property_firms_and_a_party_branch_finds_party_organisations() {
        assertThat(search("物业服务企业")).first().extracting(SearchResult::kind).isEqualTo("PropertyFirm");
        assertThat(search("党支部")).extracting(SearchResult::kind).contains("ResidentialPartyOrganisation");
    }

    @Test
    void several_words_must_all_match() {
        var results = search.search("业委会 仙霞-07", null, 20);

        assertThat(ids(results)).first().isEqualTo("xianxia-oc-07");
    }

    @Test
    void kinds_keep_only_those_kinds() {
        var results = search.search("仙霞", List.of("OwnersCommittee", "Estate"), 50);

        assertThat(results).hasSize(50).extracting(SearchResult::kind).isSubsetOf("OwnersCommittee", "Estate");
        assertThat(search.search("仙霞", List.of("District"), 20)).isEmpty();
    }

    @Test
    void first_caps_the_results() {
        assertThat(search.search("仙霞", List.of(), 5)).hasSize(5);
        assertThat(search.search("仙霞", null, SearchService.MAX_FIRST)).hasSize(SearchService.MAX_FIRST);
    }

    @Test
    void first_out_of_range_is_refused_with_the_range() {
        for (int first : new int[] {0, -1, 101}) {
            assertThatThrownBy(() -> search.search("仙霞", null, first))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("first must be between 1 and 100, was " + first);
        }
    }

    @Test
    void an_unknown_kind_is_refused_by_name() {
        assertThatThrownBy(() -> search.search("仙霞", List.of("Estate", "Castle"), 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown stakeholder kind Castle; the kinds are ")
                .hasMessageContaining("OwnersCommittee");
    }

    @Test
    void lucene_syntax_in_a_query_is_searched_for_as_text_and_never_fails() {
        for (String query : List.of("\"foo AND bar\"", "foo AND bar", "*", "?", "name:x OR 1=1", "\\", "(", ")", "~",
                "[a TO z]", "{}", "^2", "仙霞~2", "仙霞*", "xian*", "-仙霞", "+仙霞", "仙霞 OR 盈浦", "a && b || !c",
                "/regex/", "\"", "\"\"", ":", "kind:Estate", "a", "the", "😀", "仙霞\u0000")) {
            assertThatNoException().as(query).isThrownBy(() -> search.search(query, List.of("Estate"), 20));
            assertThatNoException().as(query).isThrownBy(() -> search(query));
        }
        assertThat(search("*")).isEmpty();
        assertThat(search("kind:Estate")).isEmpty();
        assertThat(search.search("the", List.of("Estate"), 20)).isEmpty();
        assertThat(search("仙霞 OR 盈浦")).isEmpty();
    }

    @Test
    void a_blank_query_finds_nothing() {
        assertThat(search("")).isEmpty();
        assertThat(search("   ")).isEmpty();
        assertThat(search(null)).isEmpty();
    }

    @Test
    void a_single_character_finds_only_what_it_names_whole() {
        assertThat(search("盈")).isEmpty();
        assertThat(search("区")).extracting(SearchResult::id).containsExactly("changning", "qingpu");
    }

    @Test
    void two_characters_find_names_that_start_with_them() {
        assertThat(ids(search("盈浦街"))).first().isEqualTo("yingpu");
        assertThat(ids(search("yi"))).contains("yingpu");
    }

    @Test
    void every_stakeholder_of_the_seed_carries_search_keys() {
        long unkeyed = neo4j.query("MATCH (n:Stakeholder) WHERE n.searchNames IS NULL OR size(n.searchNames) = 0 RETURN count(n)")
                .fetchAs(Long.class).one().orElseThrow();

        assertThat(unkeyed).isZero();
    }

    private List<SearchResult> search(String query) {
        return search.search(query, null, SearchService.DEFAULT_FIRST);
    }

    private static List<String> ids(List<SearchResult> results) {
        return results.stream().map(SearchResult::id).toList();
    }
}
