package org.troika.access.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.troika.base.ui.UiLanguage;

/**
 * Sign-in at {@code /login}: Vaadin's login form posting to Spring Security, in Chinese or English. After signing
 * in the visitor goes back to the page that asked for it, else to the explorer.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Troika · Sign in")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver {

    final H1 title = new H1();
    final LoginForm form = new LoginForm();
    final Paragraph note = new Paragraph();
    final Anchor back = new Anchor("", "");
    final Button language = new Button();

    public LoginView() {
        setId("login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        title.addClassName("troika-title");
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        note.setId("login-note");
        note.setMaxWidth("24rem");
        back.setId("login-back");
        language.setId("login-language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.addClickListener(click -> {
            UI ui = UI.getCurrent();
            UiLanguage.choose(ui, UiLanguage.isEnglish(ui.getLocale()) ? UiLanguage.CHINESE : UiLanguage.ENGLISH);
        });
        add(title, form, note, back, language);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.title"));
        var i18n = LoginI18n.createDefault();
        var texts = new LoginI18n.Form();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.setForm(texts);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        note.setText(getTranslation("login.note"));
        back.setText(getTranslation("login.back"));
        language.setText(getTranslation("language.switch"));
    }
}
