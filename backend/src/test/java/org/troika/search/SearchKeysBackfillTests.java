package org.troika.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.troika.TroikaTest;

@TroikaTest
class SearchKeysBackfillTests {

    @Autowired
    SearchKeysBackfill backfill;

    @Autowired
    SearchKeys keys;

    @Autowired
    SearchService search;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void both_search_indexes_exist_with_their_analyzers() {
        var analyzers = neo4j.query("""
                SHOW FULLTEXT INDEXES YIELD name, options
                WHERE name STARTS WITH 'stakeholder_search_'
                RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer""")
                .fetch().all();

        assertThat(analyzers).containsExactlyInAnyOrder(
                Map.of("name", "stakeholder_search_whole", "analyzer", "keyword"),
                Map.of("name", "stakeholder_search_words", "analyzer", "cjk"));
    }

    @Test
    void the_graph_records_the_version_of_its_keys() {
        assertThat(storedVersion()).isEqualTo(keys.version());
    }

    @Test
    void a_graph_keyed_with_another_version_is_keyed_again_at_start() {
        setVersion("0-stale");
        removeKeys("xianxia");
        assertThat(search.search("仙霞新村街道", null, 20)).extracting(SearchResult::id).doesNotContain("xianxia");

        backfill.run(null);

        assertThat(storedVersion()).isEqualTo(keys.version());
        assertThat(search.search("仙霞新村街道", null, 20).getFirst().id()).isEqualTo("xianxia");
    }

    @Test
    void a_graph_keyed_with_this_version_is_left_alone() {
        removeKeys("yingpu");
        try {
            backfill.run(null);

            assertThat(search.search("盈浦街道", null, 20)).extracting(SearchResult::id).doesNotContain("yingpu");
        } finally {
            backfill.keyAll();
        }
        assertThat(search.search("盈浦街道", null, 20).getFirst().id()).isEqualTo("yingpu");
    }

    private void removeKeys(String id) {
        neo4j.query("""
                MATCH (n:Stakeholder {id: $id})
                REMOVE n.searchNames, n.searchAliases, n.searchPinyin, n.searchWords""")
                .bind(id).to("id").run();
    }

    private void setVersion(String version) {
        neo4j.query("MATCH (v:SearchKeysVersion) SET v.version = $version").bind(version).to("version").run();
    }

    private String storedVersion() {
        return neo4j.query("MATCH (v:SearchKeysVersion) RETURN v.version").fetchAs(String.class).one().orElseThrow();
    }
}
