package org.troika.explore.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.troika.exchange.Export;
import org.troika.exchange.ExportFormat;
import org.troika.exchange.SceneExport;
import org.troika.graph.Subgraph;
import org.troika.graph.ui.GraphCanvas;
import org.troika.graph.ui.ImageFormat;

/**
 * The scene's exports: the picture as PNG or SVG (drawn by the browser), and the data as GraphML, GEXF,
 * neo4j-admin CSV, JSON or Cypher, written by the same code as {@code GET /api/export}.
 */
class SceneExports extends MenuBar implements LocaleChangeObserver {

    private final MenuItem root;
    private final Map<ImageFormat, MenuItem> images = new EnumMap<>(ImageFormat.class);
    final Map<ExportFormat, Anchor> downloads = new EnumMap<>(ExportFormat.class);

    SceneExports(GraphCanvas canvas, SceneExport exports, Supplier<Subgraph> drawn) {
        setId("scene-exports");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        root = addItem("");
        SubMenu menu = root.getSubMenu();
        for (ImageFormat format : ImageFormat.values()) {
            MenuItem item = menu.addItem(format.name(), click -> canvas.exportImage(format, "troika-scene"));
            item.setId("export-" + format.name().toLowerCase(Locale.ROOT));
            images.put(format, item);
        }
        for (ExportFormat format : ExportFormat.values()) {
            var anchor = new Anchor(DownloadHandler.fromInputStream(download -> {
                Export export = exports.scene(format, drawn.get());
                return new DownloadResponse(new ByteArrayInputStream(export.content()), "troika-scene." + format.extension(),
                        export.contentType(), export.content().length);
            }), AttachmentType.DOWNLOAD, format.name());
            anchor.setId("export-" + format.name().toLowerCase(Locale.ROOT));
            downloads.put(format, anchor);
            menu.addItem(anchor);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        root.setText(getTranslation("explore.export"));
        images.forEach((format, item) -> item.setText(getTranslation("explore.export.image", format.name())));
        downloads.forEach((format, anchor) -> anchor.setText(getTranslation("explore.export.data", format.name())));
    }
}
