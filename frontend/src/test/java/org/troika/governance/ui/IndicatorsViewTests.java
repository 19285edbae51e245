package org.troika.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.troika.ViewTest;
import org.troika.base.ui.UiLanguage;
import org.troika.governance.GovernanceService;
import org.troika.graph.GraphService;
import org.troika.graph.SubDistrict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ViewTest
class IndicatorsViewTests extends SpringBrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    GovernanceService governance;

    @Autowired
    GraphService graphs;

    @Test
    void every_indicator_the_charts_name_is_one_the_governance_service_computes() {
        Set<String> computed = governance.indicators(graphs.subDistricts().getFirst().id(), Set.of()).values().keySet();
        Set<String> charted = new HashSet<>(IndicatorCharts.STAR_FIELDS);
        for (CountGroup group : CountGroup.values()) {
            charted.addAll(group.fields());
        }

        assertThat(computed).containsAll(charted);
    }

    @Test
    void each_group_of_counts_is_charted_with_one_series_per_sub_district_holding_the_computed_values() {
        IndicatorsView view = navigate(IndicatorsView.class);
        List<SubDistrict> subDistricts = graphs.subDistricts();

        for (CountGroup group : CountGroup.values()) {
            view.charts.countGroup.setValue(group);
            JsonNode chart = drawn(view.charts.counts);

            assertThat(texts(chart.get("categories")))
                    .containsExactlyElementsOf(group.fields().stream().map(field -> view.getTranslation("indicator." + field)).toList());
            assertThat(chart.get("series")).hasSize(subDistricts.size());
            for (int i = 0; i < subDistricts.size(); i++) {
                JsonNode series = chart.get("series").get(i);
                Map<String, Number> expected = governance.indicators(subDistricts.get(i).id(), Set.copyOf(group.fields())).values();
                assertThat(series.get("name").asString()).isEqualTo(subDistricts.get(i).name());
                for (int j = 0; j < group.fields().size(); j++) {
                    assertThat(series.get("values").get(j).asDouble()).as("%s %s", subDistricts.get(i).id(), group.fields().get(j))
                            .isEqualTo(expected.get(group.fields().get(j)).doubleValue());
                }
            }
        }
    }

    @Test
    void the_chosen_shares_are_charted_in_per_cent_of_their_wholes() {
        IndicatorsView view = navigate(IndicatorsView.class);
        test(view.charts.shareChoice).deselectAll();
        test(view.charts.shareChoice).selectItems(view.getTranslation("indicators.share.party-member-share"),
                view.getTranslation("indicators.share.carriage-completeness"));

        JsonNode chart = drawn(view.charts.shares);

        assertThat(texts(chart.get("categories"))).containsExactly(view.getTranslation("indicators.share.party-member-share"),
                view.getTranslation("indicators.share.carriage-completeness"));
        List<SubDistrict> subDistricts = graphs.subDistricts();
        for (int i = 0; i < subDistricts.size(); i++) {
            Map<String, Number> values = governance.indicators(subDistricts.get(i).id(),
                    Set.of("partyMemberShare", "estatesWithCompleteCarriages", "estates")).values();
            JsonNode drawn = chart.get("series").get(i).get("values");
            Number share = values.get("partyMemberShare");
            int estates = values.get("estates").intValue();
            // a sub-district without committee members has no share: the chart leaves its bar out
            assertThat(drawn.get(0).isNull() ? null : drawn.get(0).asDouble())
                    .isEqualTo(share == null ? null : share.doubleValue());
            assertThat(drawn.get(1).isNull() ? null : drawn.get(1).asDouble()).isEqualTo(estates == 0 ? null
                    : 100.0 * values.get("estatesWithCompleteCarriages").intValue() / estates);
        }
        JsonNode xianxia = chart.get("series").get(subDistricts.stream().map(SubDistrict::id).toList().indexOf("xianxia"));
        assertThat(xianxia.get("values").get(0).asDouble()).as("F05: 55.0%").isCloseTo(55.0, offset(0.05));
        assertThat(chart.get("unit").asString()).isEqualTo("%");
    }

    @Test
    void the_star_ratings_are_stacked_per_sub_district_one_series_per_rating() {
        IndicatorsView view = navigate(IndicatorsView.class);

        JsonNode chart = drawn(view.charts.stars);

        assertThat(chart.get("stacked").asBoolean()).isTrue();
        assertThat(texts(chart.get("categories"))).containsExactlyElementsOf(graphs.subDistricts().stream().map(SubDistrict::name).toList());
        assertThat(chart.get("series")).extracting(series -> series.get("name").asString())
                .containsExactly("五星级业委会", "四星级业委会", "三星级业委会");
        int xianxia = graphs.subDistricts().stream().map(SubDistrict::id).toList().indexOf("xianxia");
        assertThat(chart.get("series").get(1).get("values").get(xianxia).asDouble()).as("F12: 7 four-star").isEqualTo(7.0);
        assertThat(chart.get("series").get(2).get("values").get(xianxia).asDouble()).as("F12: 13 three-star").isEqualTo(13.0);
    }

    @Test
    void switching_to_english_relabels_every_chart() {
        IndicatorsView view = navigate(IndicatorsView.class);

        UiLanguage.choose(UI.getCurrent(), UiLanguage.ENGLISH);

        List<String> englishNames = graphs.subDistricts().stream().map(SubDistrict::nameEn).toList();
        assertThat(texts(drawn(view.charts.counts).get("categories"))).contains("Old estates");
        assertThat(drawn(view.charts.counts).get("series")).extracting(series -> series.get("name").asString())
                .containsExactlyElementsOf(englishNames);
        assertThat(texts(drawn(view.charts.shares).get("categories"))).contains("Party members among committee members");
        assertThat(texts(drawn(view.charts.stars).get("categories"))).containsExactlyElementsOf(englishNames);
        assertThat(drawn(view.charts.stars).get("series")).extracting(series -> series.get("name").asString())
                .contains("Four-star committees");
    }

    /** The chart as sent to the browser. */
    private static JsonNode drawn(IndicatorChart chart) {
        return JSON.readTree(chart.getElement().getProperty("chart"));
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
