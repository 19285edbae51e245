package org.troika.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The UI speaks Chinese unless the visitor chose English: the choice lives in the session, and a
 * {@code ?lang=en} or {@code ?lang=zh} in any address sets it, so that shared links keep their language.
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String SESSION_KEY = UiLanguage.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(current(ui.getSession()));
            ui.addBeforeEnterListener(enter -> {
                List<String> lang = enter.getLocation().getQueryParameters().getParameters().get("lang");
                if (lang != null && !lang.isEmpty()) {
                    choose(ui, "en".equalsIgnoreCase(lang.getFirst()) ? ENGLISH : CHINESE);
                }
            });
        });
    }

    /** Switches the UI and the rest of the session to a language. */
    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(SESSION_KEY, locale);
        ui.setLocale(locale);
    }

    public static boolean isEnglish(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    private static Locale current(VaadinSession session) {
        Object chosen = session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : CHINESE;
    }
}
