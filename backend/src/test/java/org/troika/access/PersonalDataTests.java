package org.troika.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.troika.SignedIn;

class PersonalDataTests {

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_chinese_name_keeps_its_first_character_and_one_star_for_each_other() {
        assertThat(PersonalData.maskName("潘小明")).isEqualTo("潘**");
        assertThat(PersonalData.maskName("潘明")).isEqualTo("潘*");
        assertThat(PersonalData.maskName("潘")).isEqualTo("潘*");
        assertThat(PersonalData.maskName("欧阳娜娜")).isEqualTo("欧***");
    }

    @Test
    void an_english_name_keeps_its_first_letter_and_three_stars() {
        assertThat(PersonalData.maskName("Pan Xiaoming")).isEqualTo("P***");
        assertThat(PersonalData.maskName("Li")).isEqualTo("L***");
    }

    @Test
    void masking_a_masked_value_changes_nothing() {
        assertThat(PersonalData.maskName(PersonalData.maskName("潘小明"))).isEqualTo("潘**");
        assertThat(PersonalData.maskName(PersonalData.maskName("Pan Xiaoming"))).isEqualTo("P***");
        assertThat(PersonalData.maskPhone(PersonalData.maskPhone("13812341234"))).isEqualTo("138****1234");
    }

    @Test
    void a_phone_keeps_its_first_three_and_last_four_characters() {
        assertThat(PersonalData.maskPhone("13812341234")).isEqualTo("138****1234");
        assertThat(PersonalData.maskPhone("021-62345678")).isEqualTo("021*****5678");
        assertThat(PersonalData.maskPhone("1234567")).isEqualTo("*******");
    }

    @Test
    void mobiles_and_landlines_are_phone_numbers_and_other_text_is_not() {
        assertThat(PersonalData.phoneProblem("13812341234")).isEmpty();
        assertThat(PersonalData.phoneProblem("+86 13812341234")).isEmpty();
        assertThat(PersonalData.phoneProblem("021-62345678")).isEmpty();
        assertThat(PersonalData.phoneProblem("02162345678")).isEmpty();
        assertThat(PersonalData.phoneProblem("12812341234")).isPresent();
        assertThat(PersonalData.phoneProblem("1381234123")).isPresent();
        assertThat(PersonalData.phoneProblem("call me")).get().asString()
                .contains("phone is not a phone number").doesNotContain("call me");
    }

    @Test
    void a_person_is_masked_below_staff_and_shown_to_staff_and_admins() {
        Map<String, Object> person = Map.of("id", "p", "kind", "Person", "name", "潘小明", "nameEn", "Pan Xiaoming",
                "aliases", List.of("小潘"), "phone", "13812341234", "searchNames", List.of("潘小明"), "partyMember", true);
        for (Role role : List.of(Role.ANONYMOUS, Role.RESEARCHER)) {
            SignedIn.as(role);
            assertThat(PersonalData.view(person)).containsEntry("name", "潘**").containsEntry("nameEn", "P***")
                    .containsEntry("aliases", List.of("小*")).containsEntry("phone", "138****1234")
                    .containsEntry("partyMember", true).doesNotContainKey("searchNames");
        }
        for (Role role : List.of(Role.STAFF, Role.ADMIN)) {
            SignedIn.as(role);
            assertThat(PersonalData.view(person)).isEqualTo(person);
        }
    }

    @Test
    void other_kinds_and_erased_people_are_never_masked() {
        Map<String, Object> estate = Map.of("id", "e", "kind", "Estate", "name", "仙霞小区");
        Map<String, Object> erased = Map.of("id", "p", "kind", "Person", "name", "已删除人员", "erased", true);
        assertThat(PersonalData.view(estate)).isEqualTo(estate);
        assertThat(PersonalData.view(erased)).isEqualTo(erased);
    }

    @Test
    void only_staff_pass_the_check_for_personal_data() {
        SignedIn.as(Role.RESEARCHER);
        assertThatThrownBy(() -> PersonalData.requireVisible("Exporting personal data"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("STAFF").hasMessageContaining("RESEARCHER");
        SignedIn.as(Role.STAFF);
        PersonalData.requireVisible("Exporting personal data");
    }
}
