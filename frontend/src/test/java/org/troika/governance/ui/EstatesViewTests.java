package org.troika.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import org.junit.jupiter.api.Test;
import org.troika.ViewTest;

@ViewTest
class EstatesViewTests extends SpringBrowserlessTest {

    @Test
    void the_grid_lists_estates_and_the_incomplete_filter_keeps_only_estates_missing_a_carriage() {
        EstatesView view = navigate(EstatesView.class);
        int all = test(view.grid).size();
        assertThat(all).isGreaterThan(10);

        view.completeness.setValue(EstatesView.Completeness.INCOMPLETE);
        int incomplete = test(view.grid).size();

        assertThat(incomplete).isBetween(1, all - 1);
        for (int row = 0; row < incomplete; row++) {
            assertThat(test(view.grid).getRow(row).carriages().complete()).isFalse();
        }
    }

    @Test
    void clicking_an_estate_opens_its_three_carriages_graph() {
        EstatesView view = navigate(EstatesView.class);

        test(view.grid).clickRow(0);

        assertThat($(Dialog.class).all()).anySatisfy(dialog -> assertThat(dialog.isOpened()).isTrue());
    }
}
