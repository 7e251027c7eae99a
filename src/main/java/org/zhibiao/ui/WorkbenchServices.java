package org.zhibiao.ui;

import org.zhibiao.export.XlsxExporter;
import org.zhibiao.extract.Extractor;
import org.zhibiao.service.ImportService;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.ReextractService;
import org.zhibiao.service.ReportQueries;
import org.zhibiao.service.ReviewService;
import org.zhibiao.service.TeamService;

import java.time.Clock;

/**
 * The services the workbench's view models are given (JabRef's way: a view model never builds one). Those that
 * read or write with the engine are made for the engine in use, which changes when the analyst extends the
 * dictionary; the app wires them once ({@link #of}), tests the same way on a workspace of their own.
 */
record WorkbenchServices(OpenWorkspace workspace, ReportQueries queries, ReviewService review, Engine engine) {

    /** The services made for an engine. */
    interface Engine {
        ImportService importer(Extractor extractor);

        ReextractService reextract(Extractor extractor);

        TeamService team(java.util.function.Supplier<Extractor> extractor);

        XlsxExporter exporter(Extractor extractor);
    }

    /** The services of an open workspace for one analyst. */
    static WorkbenchServices of(OpenWorkspace ws, String analyst, Clock clock) {
        ReportQueries queries = ws.queries();
        return new WorkbenchServices(ws, queries, ws.review(analyst, clock), new Engine() {
            @Override
            public ImportService importer(Extractor extractor) {
                return ws.importer(extractor, analyst, clock);
            }

            @Override
            public ReextractService reextract(Extractor extractor) {
                return ws.reextract(extractor, analyst, clock);
            }

            @Override
            public TeamService team(java.util.function.Supplier<Extractor> extractor) {
                return ws.team(extractor, analyst, clock);
            }

            @Override
            public XlsxExporter exporter(Extractor extractor) {
                return new XlsxExporter(queries, extractor.lexicon());
            }
        });
    }

    String analyst() {
        return review.analyst();
    }
}
