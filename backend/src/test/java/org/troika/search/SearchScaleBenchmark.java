package org.troika.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;
import org.troika.TroikaTest;

/**
 * Search latency at city scale: fills a graph of its own (no seed) with synthetic stakeholders
 * named like Shanghai's, then times typical queries. Opt-in, it takes minutes, and its name is no
 * {@code *Tests} so that the build never runs it:
 * {@code ./mvnw -pl backend test -Dtest=SearchScaleBenchmark -Dtroika.benchmark.stakeholders=1000000}
 */
@TroikaTest
@TestPropertySource(properties = {"troika.seed=never", "troika.page-cache=1GB"})
@EnabledIfSystemProperty(named = "troika.benchmark.stakeholders", matches = "\\d+")
class SearchScaleBenchmark {

    private static final String PLACE_CHARACTERS =
            "仙霞虹旭盈浦长宁青浦徐汇静安普陀闵行松江嘉定宝山金山奉贤浦东黄浦杨浦新村华阳天山古北曹家渡江苏凉城曲阳彭浦大宁临汾共和";
    /** Kind, its suffix in names, in English, and its share of the graph in thousandths; the rest (nine in ten) are people. */
    private static final String[][] KINDS = {
            {"Estate", "小区", "estate", "20"}, {"OwnersCommittee", "业主委员会", "owners' committee", "15"},
            {"OwnersAssembly", "业主大会", "owners' assembly", "15"}, {"ResidentsCommittee", "居委会", "residents' committee", "8"},
            {"PropertyFirm", "物业服务有限公司", "property firm", "5"},
            {"ResidentialPartyOrganisation", "居民区党总支", "party branch", "8"}, {"Project", "加装电梯项目", "elevator project", "29"}};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建华文辉力国庆海波宁慧春梅晨雪琳浩宇欣怡子涵思远佳";
    private static final List<String> QUERIES = List.of("仙霞", "虹旭新村", "业委会", "业主委员会", "居委", "小区",
            "xianxia", "hongxu", "hxxc", "x", "zh", "zhang", "zw", "张", "张伟", "王秀英", "盈", "Estate", "仙霞 业委会",
            "長寧", "物业服务企业", "物业", "加梯", "党支部", "zzz", "仙霞新村12", "Synthetic", "member");

    @Autowired
    SearchService search;

    @Autowired
    SearchKeys keys;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void search_stays_fast_with_many_stakeholders() {
        int stakeholders = Integer.getInteger("troika.benchmark.stakeholders");
        long started = System.nanoTime();
        fill(stakeholders);
        System.out.printf("BENCH filled %d stakeholders in %.0f s%n", stakeholders, (System.nanoTime() - started) / 1e9);
        neo4j.query("CALL db.awaitIndexes(3600)").run();

        for (String query : QUERIES) {
            for (int i = 0; i < 20; i++) {
                search.search(query, null, 20);
            }
        }
        for (String query : QUERIES) {
            report(query, null);
        }
        report("仙霞", List.of("OwnersCommittee"));
        report("业委会", List.of("Estate"));
        report("张伟", List.of("Person"));
        report("小区", List.of("Estate", "OwnersCommittee"));
    }

    private void report(String query, List<String> kinds) {
        int runs = 100;
        long[] nanos = new long[runs];
        int found = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            found = search.search(query, kinds, 20).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("BENCH %-12s kinds=%-20s found=%2d p50=%5.1f ms p95=%5.1f ms max=%5.1f ms%n", query, kinds, found,
                nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs - 1] / 1e6);
    }

    private void fill(int count) {
        var random = new Random(42);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] kind = kind(random);
            String place = place(random);
            String name = kind[0].equals("Person") ? person(random) : place + kind[1] + (i % 7 == 0 ? "" : " " + i);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kind", kind[0]);
            properties.put("name", name);
            properties.put("nameEn", kind[0].equals("Person") ? "Person " + i : "Synthetic " + kind[2] + " " + i);
            List<String> aliases = random.nextInt(4) == 0 ? List.of(place + kind[1]) : List.of();
            properties.put("aliases", aliases);
            properties.putAll(keys.properties(name, (String) properties.get("nameEn"), aliases));
            rows.add(Map.of("id", "bench-" + i, "labels", List.of(kind[0]), "properties", properties));
            if (rows.size() == 10_000) {
                write(rows);
            }
        }
        write(rows);
    }

    private static String[] kind(Random random) {
        int draw = random.nextInt(1000);
        for (String[] kind : KINDS) {
            draw -= Integer.parseInt(kind[3]);
            if (draw < 0) {
                return kind;
            }
        }
        return new String[] {"Person", "", "person", "900"};
    }

    private static String person(Random random) {
        var name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        for (int i = 0, given = 1 + random.nextInt(2); i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static String place(Random random) {
        int length = 2 + random.nextInt(3);
        var place = new StringBuilder();
        for (int i = 0; i < length; i++) {
            place.append(PLACE_CHARACTERS.charAt(random.nextInt(PLACE_CHARACTERS.length())));
        }
        return place.toString();
    }

    private void write(List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            neo4j.query("""
                    UNWIND $rows AS row
                    CREATE (n:Stakeholder {id: row.id})
                    SET n += row.properties
                    SET n:$(row.labels)""").bind(List.copyOf(rows)).to("rows").run();
            rows.clear();
        }
    }
}
