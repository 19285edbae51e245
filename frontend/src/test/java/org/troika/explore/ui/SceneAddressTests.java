package org.troika.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.troika.explore.ui.SceneRecipe.Operation;

class SceneAddressTests {

    private static SceneAddress parse(String query) {
        return SceneAddress.parse(QueryParameters.fromString(query)).orElseThrow();
    }

    @Test
    void an_address_reads_its_start_steps_and_drawing_and_writes_them_back() {
        var address = parse("scope=yingpu&steps=e.a~p.a.b~l~k.b&layout=radial&size=page_rank&colour=community"
                + "&kinds=Studio,Estate&asOf=2021-06-01&pins=a,b&selected=b");

        assertThat(address.recipe().start()).isEqualTo(SceneRecipe.Start.scope("yingpu"));
        assertThat(address.recipe().steps()).extracting(SceneRecipe.Step::operation)
                .containsExactly(Operation.EXPAND, Operation.PATH, Operation.REMOVE_LEAVES, Operation.REMOVE_LEAVES_KEEPING);
        assertThat(address.drawing().size()).isEqualTo(SceneStyle.Size.PAGE_RANK);
        assertThat(address.drawing().asOf()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(address.drawing().kinds()).containsExactlyInAnyOrder("Studio", "Estate");
        assertThat(parse(address.queryString())).isEqualTo(address);
    }

    @Test
    void an_address_without_a_start_is_no_scene() {
        assertThat(SceneAddress.parse(QueryParameters.fromString("lang=en"))).isEmpty();
    }

    @Test
    void malformed_parts_are_errors_naming_them() {
        assertThatThrownBy(() -> parse("scope=yingpu&steps=x.a")).hasMessageContaining("x.a");
        assertThatThrownBy(() -> parse("scope=yingpu&steps=p.a")).hasMessageContaining("path needs 2");
        assertThatThrownBy(() -> parse("focus=a%20b")).hasMessageContaining("not an id");
        assertThatThrownBy(() -> parse("scope=yingpu&asOf=June")).hasMessageContaining("asOf");
        assertThatThrownBy(() -> parse("scope=yingpu&size=huge")).hasMessageContaining("huge");
        assertThatThrownBy(() -> parse("kindPaths=Studio~Estate")).hasMessageContaining("from~to~scope");
        assertThatThrownBy(() -> parse("scope=yingpu&steps=" + "l~".repeat(SceneRecipe.MAX_STEPS + 1)))
                .hasMessageContaining("at most");
    }
}
