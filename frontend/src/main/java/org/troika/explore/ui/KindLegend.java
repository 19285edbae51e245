package org.troika.explore.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Locale;
import org.troika.graph.ui.KindStyle;
import org.troika.stakeholder.StakeholderKind.Group;

/** The canvas's colours, one per family of kinds. */
class KindLegend extends Div implements LocaleChangeObserver {

    KindLegend() {
        setId("legend");
        addClassName("troika-legend");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        for (Group group : Group.values()) {
            var swatch = new Span();
            swatch.addClassName("troika-swatch");
            swatch.getStyle().setBackgroundColor(KindStyle.colour(group));
            var entry = new Div(swatch, new Span(getTranslation("group." + group.name().toLowerCase(Locale.ROOT))));
            entry.addClassName("troika-legend-entry");
            add(entry);
        }
    }
}
