package org.troika.explore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * The buttons that change the scene: expand, collapse or remove or pin the selected stakeholder, remove leaves,
 * add the shortest paths between two selected stakeholders, undo, redo.
 */
class SceneActions extends HorizontalLayout implements LocaleChangeObserver {

    final Button expand = button("scene-expand", VaadinIcon.EXPAND_FULL);
    final Button collapse = button("scene-collapse", VaadinIcon.COMPRESS);
    final Button removeLeaves = button("scene-remove-leaves", VaadinIcon.SCISSORS);
    final Button remove = button("scene-remove", VaadinIcon.CLOSE_CIRCLE_O);
    final Button path = button("scene-path", VaadinIcon.CONNECT);
    final Button pin = button("scene-pin", VaadinIcon.PIN);
    final Button undo = button("scene-undo", VaadinIcon.ARROW_BACKWARD);
    final Button redo = button("scene-redo", VaadinIcon.ARROW_FORWARD);

    SceneActions() {
        setSpacing(false);
        add(expand, collapse, removeLeaves, remove, pin, path, undo, redo);
    }

    /** Enables what makes sense now; a path needs two stakeholders selected (the second with shift-click). */
    void update(boolean selected, boolean twoSelected, boolean canUndo, boolean canRedo) {
        expand.setEnabled(selected);
        collapse.setEnabled(selected);
        remove.setEnabled(selected);
        pin.setEnabled(selected);
        path.setEnabled(twoSelected);
        undo.setEnabled(canUndo);
        redo.setEnabled(canRedo);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        for (Button button : new Button[] {expand, collapse, removeLeaves, remove, pin, path, undo, redo}) {
            String text = getTranslation("explore." + button.getId().orElseThrow());
            button.setTooltipText(text);
            button.setAriaLabel(text);
        }
    }

    private static Button button(String id, VaadinIcon icon) {
        var button = new Button(icon.create());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }
}
