package org.troika.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

/** The shell around every view: the title, the side navigation and the language switch. */
@Layout
public final class MainLayout extends AppLayout implements LocaleChangeObserver {

    final H1 title = new H1();
    final Span subtitle = new Span();
    final SideNavItem explore = new SideNavItem("", "", VaadinIcon.CLUSTER.create());
    final SideNavItem estates = new SideNavItem("", "estates", VaadinIcon.HOME.create());
    final SideNavItem indicators = new SideNavItem("", "indicators", VaadinIcon.BAR_CHART.create());
    final SideNavItem tours = new SideNavItem("", "tours", VaadinIcon.PRESENTATION.create());
    final SideNavItem glossary = new SideNavItem("", "glossary", VaadinIcon.BOOK.create());
    final SideNavItem data = new SideNavItem("", "data", VaadinIcon.DOWNLOAD.create());
    final SideNavItem about = new SideNavItem("", "about", VaadinIcon.INFO_CIRCLE.create());
    final Button language = new Button();

    public MainLayout() {
        title.addClassName("troika-title");
        subtitle.addClassName("troika-subtitle");
        var nav = new SideNav();
        nav.addItem(explore, estates, indicators, tours, glossary, data, about);

        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        language.addClickListener(click -> {
            UI ui = UI.getCurrent();
            UiLanguage.choose(ui, UiLanguage.isEnglish(ui.getLocale()) ? UiLanguage.CHINESE : UiLanguage.ENGLISH);
        });

        var header = new HorizontalLayout(new DrawerToggle(), title, subtitle, language);
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
        about.setLabel(getTranslation("nav.about"));
        language.setText(getTranslation("language.switch"));
    }
}
