package org.troika.exchange.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.troika.base.ui.UiLanguage;
import org.troika.exchange.Export;
import org.troika.exchange.ExportFormat;
import org.troika.exchange.SceneExport;
import org.troika.graph.District;
import org.troika.graph.GraphService;
import org.troika.graph.SubDistrict;

/**
 * Data for other tools: the whole graph, or a district's or sub-district's part of it, in every export
 * format, written by the same code as {@code GET /api/export/{format}}; and the way to the import of staff
 * spreadsheets ({@link ImportView}), which staff sign in for.
 */
@AnonymousAllowed
@Route("data")
@PageTitle("Troika · Data")
public class DataView extends VerticalLayout implements LocaleChangeObserver {

    /** A choice of what to export: the whole graph ({@code id} null), a district or a sub-district. */
    record Extent(String id, String nameZh, String nameEn) {

        String label(boolean english) {
            return english ? nameEn : nameZh;
        }
    }

    final H2 title = new H2();
    final Paragraph explanation = new Paragraph();
    final ComboBox<Extent> extent = new ComboBox<>();
    final Map<ExportFormat, Anchor> downloads = new EnumMap<>(ExportFormat.class);
    final Paragraph api = new Paragraph();
    final Code apiExample = new Code();

    final H3 importTitle = new H3();
    final Paragraph importExplanation = new Paragraph();
    final RouterLink importLink = new RouterLink("", ImportView.class);

    public DataView(SceneExport exports, GraphService graphs) {
        setId("data");
        var extents = extents(graphs.districts());
        extent.setId("data-extent");
        extent.setItems(extents);
        extent.setValue(extents.getFirst());
        extent.setWidth("24rem");
        extent.addValueChangeListener(change -> showApiExample());
        var row = new HorizontalLayout();
        row.setId("data-downloads");
        for (ExportFormat format : ExportFormat.values()) {
            var anchor = new Anchor(DownloadHandler.fromInputStream(download -> {
                Extent chosen = extent.getValue();
                Export export = chosen == null || chosen.id() == null ? exports.graph(format) : exports.scope(format, chosen.id());
                return new DownloadResponse(new ByteArrayInputStream(export.content()), export.fileName(),
                        export.contentType(), export.content().length);
            }), AttachmentType.DOWNLOAD, format.name());
            anchor.setId("data-export-" + format.name().toLowerCase(Locale.ROOT));
            anchor.addClassName("troika-download");
            downloads.put(format, anchor);
            row.add(anchor);
        }
        add(title, explanation, extent, row, api, apiExample);

        importLink.setId("data-import-link");
        add(importTitle, importExplanation, importLink);
    }

    private static List<Extent> extents(List<District> districts) {
        var extents = new ArrayList<Extent>();
        extents.add(new Extent(null, "整个图谱", "The whole graph"));
        for (District district : districts) {
            extents.add(new Extent(district.id(), district.name(), district.nameEn()));
            for (SubDistrict subDistrict : district.subDistricts()) {
                extents.add(new Extent(subDistrict.id(), district.name() + " " + subDistrict.name(),
                        subDistrict.nameEn() + " (" + district.nameEn() + ")"));
            }
        }
        return List.copyOf(extents);
    }

    private void showApiExample() {
        Extent chosen = extent.getValue();
        apiExample.setText("curl -OJ 'http://localhost:8080/api/export/graphml"
                + (chosen == null || chosen.id() == null ? "" : "?scope=" + chosen.id()) + "'");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        boolean english = UiLanguage.isEnglish(event.getLocale());
        title.setText(getTranslation("data.title"));
        explanation.setText(getTranslation("data.explanation"));
        extent.setLabel(getTranslation("data.extent"));
        extent.setItemLabelGenerator(choice -> choice.label(english));
        downloads.forEach((format, anchor) -> anchor.setText(getTranslation("data.format." + format.name().toLowerCase(Locale.ROOT))));
        api.setText(getTranslation("data.api"));
        showApiExample();
        importTitle.setText(getTranslation("data.import.title"));
        importExplanation.setText(getTranslation("data.import.explanation"));
        importLink.setText(getTranslation("data.import.open"));
    }
}
