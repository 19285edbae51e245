package org.troika.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.troika.base.ui.UiLanguage;
import org.troika.change.Actor;
import org.troika.exchange.Export;
import org.troika.exchange.ImportProblem;
import org.troika.exchange.ImportReport;
import org.troika.exchange.ImportService;
import org.troika.exchange.ImportTemplates;
import org.troika.exchange.ImportUnreadableException;
import org.troika.stakeholder.StakeholderKind;

/**
 * The import of staff spreadsheets, for staff only: templates to fill in, an upload checked in a dry run or imported
 * all or nothing, as {@code POST /api/import}, recorded as done by the signed-in user. Anyone else is sent to sign in.
 */
@Route("data/import")
@PageTitle("Troika · Import")
@RolesAllowed("STAFF")
public class ImportView extends VerticalLayout implements LocaleChangeObserver {

    final H2 importTitle = new H2();
    final Paragraph importExplanation = new Paragraph();
    final Paragraph importer = new Paragraph();
    final ComboBox<String> template = new ComboBox<>();
    final Anchor templateCsv;
    final Anchor templateXlsx;
    final RadioButtonGroup<Boolean> dryRun = new RadioButtonGroup<>();
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Paragraph importStatus = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    /** Where imports run, off the request thread so that the page shows its progress; tests run them at once. */
    Executor importExecutor = ForkJoinPool.commonPool();
    /** The import under way or last run, for tests to wait on. */
    CompletableFuture<ImportReport> running;

    private final ImportService imports;
    private final ImportTemplates templates;
    /** The signed-in user who opened the page: imports run as them, on whatever thread. */
    private final SecurityContext signedIn = signedIn();
    private final Actor actor = Actor.current();

    public ImportView(ImportService imports, ImportTemplates templates) {
        this.imports = imports;
        this.templates = templates;
        setId("data-import");
        template.setId("data-import-template");
        template.setItems(templates.names());
        template.setValue(templates.names().getFirst());
        template.setWidth("24rem");
        templateCsv = templateDownload("csv");
        templateXlsx = templateDownload("xlsx");
        dryRun.setId("data-import-mode");
        dryRun.setItems(true, false);
        dryRun.setValue(true);
        importer.setId("data-import-actor");
        upload = new Upload(UploadHandler.inMemory((metadata, content) ->
                getUI().ifPresent(ui -> ui.access(() -> received(metadata.fileName(), content)))));
        upload.setId("data-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".zip");
        // A round trip when the upload is done, which brings the page what the upload handler queued for it.
        upload.getElement().addEventListener("upload-success", uploaded -> { });
        upload.addFileRejectedListener(rejected -> importStatus.setText(getTranslation("data.import.rejected", rejected.getFileName())));
        progress.setId("data-import-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        importStatus.setId("data-import-status");
        problems.setId("data-import-problems");
        problems.addColumn(ImportProblem::file).setKey("file").setAutoWidth(true).setResizable(true);
        problems.addColumn(ImportProblem::row).setKey("row").setAutoWidth(true);
        problems.addColumn(ImportProblem::column).setKey("column").setAutoWidth(true);
        problems.addColumn(ImportProblem::problem).setKey("problem").setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        var templateRow = new HorizontalLayout(template, templateCsv, templateXlsx);
        templateRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(importTitle, importExplanation, importer, templateRow, dryRun, upload, progress, importStatus, problems);
    }

    private Anchor templateDownload(String extension) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(download -> {
            Export file = templates.template(template.getValue() == null ? templates.names().getFirst() : template.getValue(), extension);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(), file.content().length);
        }), AttachmentType.DOWNLOAD, extension.toUpperCase(Locale.ROOT));
        anchor.setId("data-import-template-" + extension);
        anchor.addClassName("troika-download");
        return anchor;
    }

    /** An uploaded file: checks it (a dry run) or imports it, off the request thread, showing progress until the report is in. */
    void received(String fileName, byte[] content) {
        boolean dry = !Boolean.FALSE.equals(dryRun.getValue());
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        problems.setVisible(false);
        importStatus.setText(getTranslation(dry ? "data.import.checking" : "data.import.importing", fileName));
        upload.setEnabled(false);
        ui.setPollInterval(500);
        running = CompletableFuture.supplyAsync(() -> imports.importFile(fileName, content, dry, actor),
                new DelegatingSecurityContextExecutor(importExecutor, signedIn));
        running.whenComplete((report, error) -> {
            if (ui.getSession().hasLock()) {
                finished(ui, fileName, report, error);
            } else {
                ui.access(() -> finished(ui, fileName, report, error));
            }
        });
    }

    private void finished(UI ui, String fileName, ImportReport report, Throwable error) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ImportUnreadableException unreadable) {
            importStatus.setText(getTranslation("data.import.unreadable", unreadable.getMessage()));
            return;
        }
        if (cause != null) {
            importStatus.setText(getTranslation("data.import.failed", fileName));
            return;
        }
        String counts = getTranslation("data.import.counts",
                report.stakeholders().created(), report.stakeholders().updated(), report.stakeholders().unchanged(),
                report.relationships().created(), report.relationships().updated(), report.relationships().unchanged());
        String outcome;
        if (!report.ok()) {
            outcome = getTranslation("data.import.problems", report.problems().size());
        } else if (report.dryRun()) {
            outcome = getTranslation("data.import.checked");
        } else {
            outcome = getTranslation("data.import.written", report.batchId());
        }
        importStatus.setText(outcome + " " + counts);
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
    }

    private String templateLabel(String name, boolean english) {
        StakeholderKind kind = templates.kind(name);
        if (kind == null) {
            return getTranslation("data.import.template.relationships");
        }
        return (english ? kind.nameEn() : kind.nameZh()) + " (" + name + ")";
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        boolean english = UiLanguage.isEnglish(event.getLocale());
        importTitle.setText(getTranslation("data.import.title"));
        importExplanation.setText(getTranslation("data.import.explanation"));
        template.setLabel(getTranslation("data.import.template"));
        template.setItemLabelGenerator(name -> templateLabel(name, english));
        dryRun.setLabel(getTranslation("data.import.mode"));
        dryRun.setItemLabelGenerator(dry -> getTranslation(dry ? "data.import.mode.dry" : "data.import.mode.write"));
        importer.setText(getTranslation("data.import.as", actor.name()));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("data.import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("data.import.upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("data.import.upload.too-big"))
                        .setIncorrectFileType(getTranslation("data.import.upload.wrong-type"))
                        .setTooManyFiles(getTranslation("data.import.upload.too-many"))));
        problems.getColumnByKey("file").setHeader(getTranslation("data.import.problem.file"));
        problems.getColumnByKey("row").setHeader(getTranslation("data.import.problem.row"));
        problems.getColumnByKey("column").setHeader(getTranslation("data.import.problem.column"));
        problems.getColumnByKey("problem").setHeader(getTranslation("data.import.problem.problem"));
    }

    private static SecurityContext signedIn() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return context;
    }
}
