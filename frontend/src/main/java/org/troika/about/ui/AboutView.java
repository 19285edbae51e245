package org.troika.about.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.troika.about.FactSupport;
import org.troika.about.ProvenanceCounts;
import org.troika.about.ProvenanceService;
import org.troika.base.ui.UiLanguage;

/** Where Troika's data come from: the source, the two cases, how provenance works, and what rests on each fact. */
@AnonymousAllowed
@Route("about")
@PageTitle("Troika · About")
public class AboutView extends VerticalLayout implements LocaleChangeObserver {

    /** The fact whose statement shows how provenance reads: one every case explanation relies on. */
    static final String EXAMPLE_FACT = "F05";

    final H2 title = new H2();
    final H3 sourceTitle = new H3();
    final Paragraph source = new Paragraph();
    final ListItem xianxiaReport = new ListItem();
    final ListItem yingpuReport = new ListItem();
    final H3 casesTitle = new H3();
    final Paragraph xianxia = new Paragraph();
    final Paragraph yingpu = new Paragraph();
    final H3 provenanceTitle = new H3();
    final Paragraph provenanceFacts = new Paragraph();
    final Span illustrativeBadge = new Span();
    final Paragraph provenanceIllustrative = new Paragraph();
    final Paragraph provenanceHistory = new Paragraph();
    final H3 countsTitle = new H3();
    final Span factBacked = new Span();
    final Span illustrative = new Span();
    final Span other = new Span();
    final H3 factsTitle = new H3();
    final Paragraph factsIntro = new Paragraph();
    final FactSupportGrid facts;
    final Paragraph attribution = new Paragraph();

    private final List<FactSupport> support;
    private final ProvenanceCounts counts;

    public AboutView(ProvenanceService provenance) {
        support = provenance.factSupport();
        counts = provenance.stakeholderCounts();
        facts = new FactSupportGrid(support);
        setMaxWidth("80rem");
        // paragraphs and headings space themselves
        setSpacing(false);

        illustrativeBadge.addClassName("troika-badge-illustrative");
        illustrativeBadge.getStyle().set("flex", "none").set("white-space", "nowrap");
        var illustrativeLine = new HorizontalLayout(illustrativeBadge, provenanceIllustrative);
        illustrativeLine.setAlignItems(Alignment.BASELINE);
        factBacked.setId("about-count-fact-backed");
        illustrative.setId("about-count-illustrative");
        other.setId("about-count-other");
        for (Span count : List.of(factBacked, illustrative, other)) {
            count.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        }
        var countLine = new HorizontalLayout(factBacked, illustrative, other);
        countLine.getStyle().set("gap", "var(--lumo-space-xl)").set("flex-wrap", "wrap");
        attribution.setId("about-attribution");
        attribution.getStyle().set("color", "var(--lumo-secondary-text-color)");

        add(title, sourceTitle, source, new UnorderedList(xianxiaReport, yingpuReport), casesTitle, xianxia, yingpu,
                provenanceTitle, provenanceFacts, illustrativeLine,
                provenanceHistory, countsTitle, countLine, factsTitle, factsIntro, facts, attribution);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        boolean english = UiLanguage.isEnglish(event.getLocale());
        title.setText(getTranslation("about.title"));
        sourceTitle.setText(getTranslation("about.source.title"));
        source.setText(getTranslation("about.source.text", support.size(), support.getFirst().fact().id(),
                support.getLast().fact().id()));
        xianxiaReport.setText(getTranslation("about.source.xianxia"));
        yingpuReport.setText(getTranslation("about.source.yingpu"));
        casesTitle.setText(getTranslation("about.cases.title"));
        xianxia.setText(getTranslation("about.cases.xianxia"));
        yingpu.setText(getTranslation("about.cases.yingpu"));

        provenanceTitle.setText(getTranslation("about.provenance.title"));
        String example = support.stream().filter(each -> each.fact().id().equals(EXAMPLE_FACT)).findFirst()
                .map(each -> english ? each.fact().statement() : each.fact().statementZh())
                .orElseThrow(() -> new IllegalStateException("The fact book has no fact " + EXAMPLE_FACT));
        provenanceFacts.setText(getTranslation("about.provenance.facts", EXAMPLE_FACT, example));
        illustrativeBadge.setText(getTranslation("details.illustrative"));
        provenanceIllustrative.setText(getTranslation("about.provenance.illustrative"));
        provenanceHistory.setText(getTranslation("about.provenance.history"));

        countsTitle.setText(getTranslation("about.counts.title"));
        factBacked.setText(getTranslation("about.counts.factBacked", counts.factBacked()));
        illustrative.setText(getTranslation("about.counts.illustrative", counts.illustrative()));
        other.setText(getTranslation("about.counts.other", counts.other()));

        factsTitle.setText(getTranslation("about.facts.title"));
        factsIntro.setText(getTranslation("about.facts.intro"));
        facts.relabel(english);
        attribution.setText(getTranslation("about.attribution"));
    }
}
