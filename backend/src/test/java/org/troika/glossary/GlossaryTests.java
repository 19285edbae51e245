package org.troika.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class GlossaryTests {

    /** The Chinese terms of the glossary in the domain's fact sheet, each of which the glossary must explain. */
    static final List<String> FACT_SHEET_TERMS = List.of("三驾马车", "居民区党组织", "党支部", "党总支", "街道党工委", "居委会",
            "筹建组", "村委会", "小区", "老旧小区", "业主大会", "业委会", "换届", "红色业委会", "党的工作小组", "党员业委会工作室",
            "党建指导员", "物业服务企业", "业主自治促进会", "业主自治研修院", "住宅小区联席会议", "社区基金会", "社会组织服务中心",
            "驻区单位", "工作室", "志愿者", "楼组长", "网格", "临时党组织", "联审", "美丽家园综合改造", "加装电梯", "质价相符",
            "双三分之二", "随申办");

    final Glossary glossary = new Glossary();

    @Test
    void the_glossary_explains_every_term_of_the_fact_sheet_in_both_languages() {
        assertThat(glossary.terms()).extracting(GlossaryTerm::zh).containsAll(FACT_SHEET_TERMS);
        assertThat(glossary.terms()).allSatisfy(term -> {
            assertThat(term.pinyin()).isNotBlank();
            assertThat(term.explanation(Locale.ENGLISH)).isEqualTo(term.explanationEn());
            assertThat(term.explanation(Locale.SIMPLIFIED_CHINESE)).isEqualTo(term.explanationZh());
        });
        assertThat(glossary.term("double-two-thirds").orElseThrow().term(Locale.ENGLISH)).isEqualTo("the double two-thirds threshold");
    }

    @Test
    void terms_are_found_by_the_kind_of_stakeholder_they_name() {
        assertThat(glossary.termsForKind("OwnersCommittee")).extracting(GlossaryTerm::id)
                .contains("owners-committee", "three-carriages", "red-owners-committee")
                .doesNotContain("grid");
        assertThat(glossary.termsForKind("Grid")).extracting(GlossaryTerm::id).contains("grid");
        assertThatThrownBy(() -> glossary.termsForKind("Owner"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown stakeholder kind 'Owner'");
    }

    @Test
    void a_glossary_with_an_unknown_kind_or_a_missing_translation_is_refused_naming_the_term() {
        var file = new ByteArrayResource("""
                terms:
                  - id: owners-committee
                    zh: 业委会
                    pinyin: yèwěihuì
                    en: owners' committee
                    explanationZh: 说明
                    explanationEn: An explanation
                    kinds: [OwnersCommitee]
                  - id: estate
                    zh: 小区
                    pinyin: xiǎoqū
                    en: estate
                    explanationZh: 说明
                """.getBytes(StandardCharsets.UTF_8), "a test glossary");

        assertThatThrownBy(() -> new Glossary(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("term 1 'owners-committee': unknown stakeholder kind 'OwnersCommitee'")
                .hasMessageContaining("term 2 'estate': missing explanationEn");
    }
}
