package org.troika.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchKeysTests {

    private final SearchKeys keys = new SearchKeys();

    @Test
    void a_chinese_name_is_keyed_in_pinyin_as_syllables_joined_and_as_initials() {
        var properties = keys.properties("仙霞新村街道", null, null);

        assertThat(pinyin(properties)).containsExactly("xianxiaxincunjiedao", "xxxcjd");
        assertThat(strings(properties, SearchKeys.WORDS)).containsExactly("仙霞新村街道", "xian xia xin cun jie dao");
    }

    @Test
    void pinyin_reads_characters_as_words_so_changning_is_not_zhangning() {
        assertThat(pinyin(keys.properties("长宁区", null, null))).contains("changningqu", "cnq");
    }

    @Test
    void pinyin_keeps_latin_letters_and_digits_and_drops_punctuation() {
        var properties = keys.properties("示意业委会 仙霞-01", null, null);

        assertThat(pinyin(properties)).contains("shiyiyeweihuixianxia01", "syywhxx01");
        assertThat(strings(properties, SearchKeys.WORDS)).contains("shi yi ye wei hui xian xia 01");
    }

    @Test
    void traditional_characters_are_keyed_as_simplified() {
        assertThat(names(keys.properties("仙霞業主委員會", null, null))).contains("仙霞业主委员会");
    }

    @Test
    void full_width_letters_are_keyed_half_width_and_in_lower_case() {
        assertThat(names(keys.properties(null, "Ｘｉａｎｘｉａ　Ｘｉｎｃｕｎ", null))).contains("xianxia xincun");
    }

    @Test
    void a_name_is_keyed_with_and_without_punctuation_and_spaces() {
        assertThat(names(keys.properties("“一二三四”党组织把关原则", "Illustrative estate Xianxia-01", null)))
                .contains("“一二三四”党组织把关原则", "一二三四党组织把关原则",
                        "illustrative estate xianxia-01", "illustrativeestatexianxia01");
    }

    @Test
    void an_abbreviation_is_keyed_in_full_and_a_full_form_abbreviated() {
        assertThat(names(keys.properties("示意业委会 仙霞-01", null, null))).contains("示意业主委员会 仙霞-01");
        assertThat(names(keys.properties("仙霞业主委员会", null, null))).contains("仙霞业委会");
        assertThat(names(keys.properties("虹旭居民委员会", null, null))).contains("虹旭居委会", "虹旭居委");
        assertThat(names(keys.properties("示意物业 仙霞-1", null, null))).contains("示意物业服务企业 仙霞-1");
        assertThat(names(keys.properties("示意居民区党组织 虹旭", null, null)))
                .contains("示意居民区党支部 虹旭", "示意居民区党总支 虹旭");
    }

    @Test
    void a_short_form_is_lengthened_only_at_the_end_of_a_word() {
        assertThat(names(keys.properties("老旧小区物业提升方案", null, null))).containsExactly("老旧小区物业提升方案");
        assertThat(names(keys.properties("居委会筹建组", null, null))).contains("居委筹建组").doesNotContain("居民委员会筹建组");
        assertThat(names(keys.properties("业主委员会工作室", null, null))).contains("业委会工作室");
    }

    @Test
    void the_longest_abbreviation_wins_so_juweihui_is_not_read_as_juwei() {
        assertThat(names(keys.properties("示意居委会 仙霞-01", null, null)))
                .contains("示意居民委员会 仙霞-01", "示意居委 仙霞-01")
                .doesNotContain("示意居民委员会会 仙霞-01");
    }

    @Test
    void pinyin_is_keyed_for_every_form_of_an_abbreviation() {
        assertThat(pinyin(keys.properties("示意业委会 仙霞-01", null, null)))
                .contains("shiyiyeweihuixianxia01", "shiyiyezhuweiyuanhuixianxia01");
    }

    @Test
    void aliases_are_keyed_apart_from_the_names_and_their_pinyin_with_the_names_pinyin() {
        var properties = keys.properties("仙霞新村街道", "Xianxia Xincun Sub-district", List.of("仙霞", "Xianxia", "仙霞新村街道"));

        assertThat(names(properties)).contains("仙霞新村街道", "xianxia xincun sub-district");
        assertThat(strings(properties, SearchKeys.ALIASES)).containsExactly("仙霞", "xianxia");
        assertThat(pinyin(properties)).contains("xianxia", "xx", "xianxiaxincunjiedao");
    }

    @Test
    void the_same_names_always_give_the_same_keys_in_the_same_order() {
        var first = keys.properties("示意业委会 仙霞-01", "Illustrative owners' committee Xianxia-01", List.of("仙霞业委会"));
        var again = new SearchKeys().properties("示意业委会 仙霞-01", "Illustrative owners' committee Xianxia-01", List.of("仙霞业委会"));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void a_stakeholder_without_names_gets_empty_keys() {
        assertThat(keys.properties(null, " ", List.of())).isEqualTo(Map.of(SearchKeys.NAMES, List.of(),
                SearchKeys.ALIASES, List.of(), SearchKeys.PINYIN, List.of(), SearchKeys.WORDS, List.of()));
    }

    @Test
    void the_version_changes_with_the_abbreviation_table() {
        var standard = new SearchKeys();
        var other = new SearchKeys(Abbreviations.parse("业主委员会 业委会"));

        assertThat(standard.version()).isEqualTo(new SearchKeys().version()).isNotEqualTo(other.version());
    }

    @Test
    void the_abbreviation_table_is_normalised_when_read() {
        var table = Abbreviations.parse("""
                # comment
                業主委員會 業委會

                居民委员会 居委会 居委
                """);

        assertThat(table.variants("仙霞业委会")).containsExactly("仙霞业委会", "仙霞业主委员会");
        assertThat(table.variants("居委")).containsExactly("居委", "居民委员会", "居委会");
        assertThat(table.variants("盈浦")).containsExactly("盈浦");
    }

    private static List<String> names(Map<String, Object> properties) {
        return strings(properties, SearchKeys.NAMES);
    }

    private static List<String> pinyin(Map<String, Object> properties) {
        return strings(properties, SearchKeys.PINYIN);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> properties, String key) {
        return (List<String>) properties.get(key);
    }
}
