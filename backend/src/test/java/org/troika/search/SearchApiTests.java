package org.troika.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.troika.TroikaTest;

@TroikaTest
class SearchApiTests {

    @Autowired
    GraphQlTester graphQl;

    @Test
    void searching_xianxia_in_characters_pinyin_or_initials_finds_the_sub_district_first() {
        for (String query : List.of("仙霞", "xianxia", "xxxc")) {
            graphQl.documentName("search").variable("query", query).execute()
                    .path("search[0].node.id").entity(String.class).isEqualTo("xianxia")
                    .path("search[0].node.__typename").entity(String.class).isEqualTo("SubDistrict");
        }
    }

    @Test
    void traditional_characters_and_abbreviations_find_owners_committees() {
        for (String query : List.of("業委會", "业委会", "业主委员会")) {
            List<String> kinds = graphQl.documentName("search").variable("query", query)
                    .variable("kinds", List.of("OwnersCommittee")).variable("first", 10).execute()
                    .path("search[*].node.kind").entityList(String.class).get();
            assertThat(kinds).as(query).hasSize(10).containsOnly("OwnersCommittee");
        }
    }

    @Test
    void hits_and_their_stakeholders_cost_two_statements() {
        var response = graphQl.documentName("search").variable("query", "盈浦").variable("first", 50).execute();

        assertThat(response.path("search").entityList(Object.class).get()).isNotEmpty();
        assertThat(((Number) response.returnResponse().getExtensions().get("cypherStatements")).intValue()).isLessThanOrEqualTo(3);
    }

    @Test
    void an_unknown_kind_is_refused_naming_it() {
        graphQl.documentName("search").variable("query", "仙霞").variable("kinds", List.of("Castle")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("Castle")));
    }
}
