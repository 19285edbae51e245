package org.troika.explore.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Locale;
import org.troika.graph.ui.KindStyle;
import org.troika.stakeholder.StakeholderKind.Group;

/** The canvas's colours and icons, one pair per family of kinds. */
class KindLegend extends Div implements LocaleChangeObserver {

    KindLegend() {
        setId("legend");
        addClassName("troika-legend");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        for (Group group : Group.values()) {
            // the family's glyph on its colour, as the canvas draws a stakeholder
            var swatch = new Span();
            swatch.addClassName("troika-swatch");
            swatch.getElement().setAttribute("data-group", group.name());
            swatch.getStyle()
                    .setBackgroundColor(KindStyle.colour(group))
                    .set("background-image", "url(\"" + KindStyle.icon(group) + "\")")
                    .set("background-size", "70%")
                    .set("background-position", "center")
                    .set("background-repeat", "no-repeat")
                    .setWidth("1.15rem")
                    .setHeight("1.15rem")
                    .set("flex", "none");
            var entry = new Div(swatch, new Span(getTranslation("group." + group.name().toLowerCase(Locale.ROOT))));
            entry.addClassName("troika-legend-entry");
            add(entry);
        }
    }
}
