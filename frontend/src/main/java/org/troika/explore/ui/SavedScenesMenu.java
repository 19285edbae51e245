package org.troika.explore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.troika.access.CurrentRole;
import org.troika.access.CurrentUser;
import org.troika.access.Role;
import org.troika.scene.SavedScene;
import org.troika.scene.SavedScenes;

/**
 * Saves the scene shown under a name, and reopens or deletes saved scenes; a saved scene is its address. Anyone
 * reopens them; signed-in researchers and above save, and delete their own (admins any).
 */
class SavedScenesMenu extends MenuBar implements LocaleChangeObserver {

    final TextField name = new TextField();
    final Button save = new Button();
    final Dialog saveDialog = new Dialog();
    private final MenuItem root;
    private final SavedScenes scenes;
    private final Supplier<SceneAddress> current;
    private final Consumer<QueryParameters> open;

    SavedScenesMenu(SavedScenes scenes, Supplier<SceneAddress> current, Consumer<QueryParameters> open) {
        this.scenes = scenes;
        this.current = current;
        this.open = open;
        setId("saved-scenes");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        root = addItem("");
        name.setId("saved-scene-name");
        name.setMaxLength(SavedScenes.MAX_NAME_LENGTH);
        name.setRequired(true);
        save.setId("saved-scene-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveScene());
        saveDialog.setId("saved-scene-dialog");
        saveDialog.add(name);
        saveDialog.getFooter().add(save);
        refresh();
    }

    /** Rebuilds the menu: "save this scene", then the saved scenes, newest first, each with a delete button. */
    void refresh() {
        var menu = root.getSubMenu();
        menu.removeAll();
        Optional<String> user = CurrentUser.name();
        boolean admin = CurrentRole.isAtLeast(Role.ADMIN);
        if (CurrentRole.isAtLeast(Role.RESEARCHER)) {
            var saveItem = menu.addItem(getTranslation("explore.saved.save"), click -> {
                name.clear();
                saveDialog.open();
                name.focus();
            });
            saveItem.setId("saved-scene-new");
        }
        for (SavedScene scene : scenes.list()) {
            var item = menu.addItem(scene.name(), click -> open.accept(QueryParameters.fromString(scene.address())));
            item.setId("saved-scene-" + scene.id());
            if (admin || user.filter(scene.createdBy()::equals).isPresent()) {
                var delete = new Button(VaadinIcon.TRASH.create(), click -> {
                    scenes.delete(scene.id(), user.orElseThrow(), admin);
                    refresh();
                });
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                delete.setAriaLabel(getTranslation("explore.saved.delete", scene.name()));
                item.add(delete);
            }
        }
    }

    private void saveScene() {
        try {
            var saved = scenes.save(name.getValue(), current.get().queryString(), CurrentUser.name().orElse(null));
            saveDialog.close();
            refresh();
            Notification.show(getTranslation("explore.saved.done", saved.name()));
        } catch (IllegalArgumentException invalid) {
            name.setInvalid(true);
            name.setErrorMessage(invalid.getMessage());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        root.setText(getTranslation("explore.saved"));
        name.setLabel(getTranslation("explore.saved.name"));
        save.setText(getTranslation("explore.saved.save"));
        saveDialog.setHeaderTitle(getTranslation("explore.saved.save"));
        refresh();
    }
}
