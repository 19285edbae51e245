package org.troika.explore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.troika.base.ui.UiLanguage;
import org.troika.stakeholder.StakeholderKind;

/** Asks for two kinds and shows the shortest paths between stakeholders of those kinds inside the scope. */
class KindPathsDialog extends Dialog {

    /** Party organisations of every level together, as the path query allows. */
    static final String PARTY_ORGANISATION = "PartyOrganisation";

    final ComboBox<String> from = kinds("kind-paths-from");
    final ComboBox<String> to = kinds("kind-paths-to");
    final Button show = new Button();
    private final Paragraph explanation = new Paragraph();
    private String scopeId;

    KindPathsDialog(Consumer<SceneRecipe.Start> begin) {
        setId("kind-paths");
        show.setId("kind-paths-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(click -> {
            if (from.getValue() != null && to.getValue() != null && scopeId != null) {
                close();
                begin.accept(SceneRecipe.Start.kindPaths(from.getValue(), to.getValue(), scopeId));
            }
        });
        var content = new VerticalLayout(explanation, from, to);
        content.setPadding(false);
        add(content);
        getFooter().add(show);
    }

    /** Opens the dialog for a scope (a district or sub-district id) and its name. */
    void open(String scopeId, String scopeName) {
        this.scopeId = scopeId;
        boolean english = UiLanguage.isEnglish(getLocale());
        setHeaderTitle(getTranslation("explore.kindPaths"));
        explanation.setText(getTranslation("explore.kindPaths.explanation", scopeName));
        from.setLabel(getTranslation("explore.kindPaths.from"));
        to.setLabel(getTranslation("explore.kindPaths.to"));
        for (ComboBox<String> box : List.of(from, to)) {
            box.setItemLabelGenerator(label -> StakeholderKind.ofLabel(label)
                    .map(kind -> english ? kind.nameEn() : kind.nameZh())
                    .orElse(getTranslation("explore.kindPaths.partyOrganisation")));
        }
        show.setText(getTranslation("explore.kindPaths.show"));
        open();
    }

    private static ComboBox<String> kinds(String id) {
        var labels = new ArrayList<String>();
        labels.add(PARTY_ORGANISATION);
        for (StakeholderKind kind : StakeholderKind.values()) {
            labels.add(kind.label());
        }
        var box = new ComboBox<String>();
        box.setId(id);
        box.setItems(labels);
        box.setWidthFull();
        return box;
    }
}
