package org.troika.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.troika.ViewTest;
import org.troika.exchange.ExportFormat;

@ViewTest
class DataViewTests extends SpringBrowserlessTest {

    @Test
    void every_export_format_is_offered_for_the_whole_graph_and_for_each_scope() {
        DataView view = navigate(DataView.class);

        assertThat(view.downloads).containsOnlyKeys(ExportFormat.values());
        assertThat(view.extent.getValue().id()).isNull();
        assertThat(view.apiExample.getText()).endsWith("/api/export/graphml'");

        var yingpu = view.extent.getListDataView().getItems().filter(extent -> "yingpu".equals(extent.id())).findFirst().orElseThrow();
        view.extent.setValue(yingpu);

        assertThat(view.apiExample.getText()).endsWith("/api/export/graphml?scope=yingpu'");
        assertThat(view.downloads.get(ExportFormat.GEXF).getText()).contains("GEXF");
    }

    @Test
    void the_import_is_a_link_to_its_own_page_for_staff() {
        DataView view = navigate(DataView.class);

        assertThat(view.importLink.getHref()).isEqualTo("data/import");
    }
}
