package org.troika.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureFormatTests {

    @Test
    void a_share_is_written_with_one_decimal_and_a_percent_sign() {
        assertThat(FigureFormat.PERCENT1.computed(new BigDecimal("55.01355"), "")).isEqualTo("55.0%");
        assertThat(FigureFormat.PERCENT1.holds(new BigDecimal("94.4"), new BigDecimal("94.4444"))).isTrue();
        assertThat(FigureFormat.PERCENT1.holds(new BigDecimal("94.4"), new BigDecimal("94.46"))).isFalse();
    }

    @Test
    void an_area_keeps_two_decimals_thousands_separators_and_its_unit() {
        assertThat(FigureFormat.DECIMAL2.published(new BigDecimal("636381.26"), "m²")).isEqualTo("636,381.26 m²");
        assertThat(FigureFormat.DECIMAL2.computed(new BigDecimal("636381.2600000001"), "m²")).isEqualTo("636,381.26 m²");
    }

    @Test
    void more_than_holds_only_above_the_published_bound() {
        assertThat(FigureFormat.MORE_THAN.published(new BigDecimal("600"), "")).isEqualTo("600+");
        assertThat(FigureFormat.MORE_THAN.holds(new BigDecimal("600"), new BigDecimal("612"))).isTrue();
        assertThat(FigureFormat.MORE_THAN.holds(new BigDecimal("600"), new BigDecimal("600"))).isFalse();
    }

    @Test
    void a_missing_computed_figure_never_holds() {
        assertThat(FigureFormat.INTEGER.computed(null, "")).isEqualTo("—");
        assertThat(FigureFormat.INTEGER.holds(new BigDecimal("75"), null)).isFalse();
        assertThat(FigureFormat.YEAR.published(new BigDecimal("2019"), "")).isEqualTo("2019");
    }
}
