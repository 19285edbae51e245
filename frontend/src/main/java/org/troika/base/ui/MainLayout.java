package org.troika.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The shell around every view: the title, the side navigation, the language switch, and signing in and out. The
 * import is listed for staff only, who alone may open it.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements LocaleChangeObserver {

    final H1 title = new H1();
    final Span subtitle = new Span();
    final SideNavItem explore = new SideNavItem("", "", VaadinIcon.CLUSTER.create());
    final SideNavItem estates = new SideNavItem("", "estates", VaadinIcon.HOME.create());
    final SideNavItem indicators = new SideNavItem("", "indicators", VaadinIcon.BAR_CHART.create());
    final SideNavItem tours = new SideNavItem("", "tours", VaadinIcon.PRESENTATION.create());
    final SideNavItem glossary = new SideNavItem("", "glossary", VaadinIcon.BOOK.create());
    final SideNavItem data = new SideNavItem("", "data", VaadinIcon.DOWNLOAD.create());
    final SideNavItem dataImport = new SideNavItem("", "data/import", VaadinIcon.UPLOAD.create());
    final SideNavItem about = new SideNavItem("", "about", VaadinIcon.INFO_CIRCLE.create());
    final Button language = new Button();
    final Anchor signIn = new Anchor("login", "");
    final Span user = new Span();
    final Button signOut = new Button();
    private final AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        title.addClassName("troika-title");
        subtitle.addClassName("troika-subtitle");
        var nav = new SideNav();
        nav.addItem(explore, estates, indicators, tours, glossary, data);
        if (authentication.hasRole("STAFF")) {
            nav.addItem(dataImport);
        }
        nav.addItem(about);

        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        language.addClickListener(click -> {
            UI ui = UI.getCurrent();
            UiLanguage.choose(ui, UiLanguage.isEnglish(ui.getLocale()) ? UiLanguage.CHINESE : UiLanguage.ENGLISH);
        });

        signIn.setId("sign-in");
        user.setId("signed-in-user");
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(click -> authentication.logout());
        boolean signedIn = authentication.isAuthenticated();
        signIn.setVisible(!signedIn);
        user.setVisible(signedIn);
        signOut.setVisible(signedIn);
        user.setText(authentication.getPrincipalName().orElse(""));

        var header = new HorizontalLayout(new DrawerToggle(), title, subtitle, user, signIn, signOut, language);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(subtitle);
        header.addClassName("troika-header");
        addToNavbar(header);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.title"));
        subtitle.setText(getTranslation("app.subtitle"));
        explore.setLabel(getTranslation("nav.explore"));
        explore.setPath("");
        estates.setLabel(getTranslation("nav.estates"));
        indicators.setLabel(getTranslation("nav.indicators"));
        tours.setLabel(getTranslation("nav.tours"));
        glossary.setLabel(getTranslation("nav.glossary"));
        data.setLabel(getTranslation("nav.data"));
        dataImport.setLabel(getTranslation("nav.import"));
        signIn.setText(getTranslation("sign-in"));
        signOut.setText(getTranslation("sign-out"));
        about.setLabel(getTranslation("nav.about"));
        language.setText(getTranslation("language.switch"));
    }
}
