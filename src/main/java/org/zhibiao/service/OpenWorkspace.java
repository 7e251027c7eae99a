package org.zhibiao.service;

import org.zhibiao.extract.Extractor;
import org.zhibiao.store.Workspace;

import java.nio.file.Path;
import java.time.Clock;

/**
 * A workspace that is open, as the desktop app and the command line hold it: where it is, and the services that work
 * on it. The UI and the CLI never see the store behind it; they ask this for the service of the use case at hand.
 * Closing it closes the workspace.
 */
public final class OpenWorkspace implements AutoCloseable {

    private final Workspace workspace;
    private final ReportQueries queries;

    private OpenWorkspace(Workspace workspace) {
        this.workspace = workspace;
        this.queries = new ReportQueries(workspace);
    }

    /** The services of a workspace opened elsewhere (tests, the benchmark). */
    public static OpenWorkspace of(Workspace workspace) {
        return new OpenWorkspace(workspace);
    }

    /** The file name without its ending, or the database name of a team workspace. */
    public String name() {
        return workspace.name();
    }

    /** The workspace file, or null for a team workspace on a server. */
    public Path file() {
        return workspace.file();
    }

    /** How the workspace is shown to users and in logs. */
    public String display() {
        return workspace.address().display();
    }

    /** Where the workspace is, as the user could name it again. */
    public WorkspaceTarget target() {
        return new WorkspaceTarget(workspace.address());
    }

    /** Bytes the workspace takes on disk now (a file's size; 0 on a server). */
    public long sizeOnDisk() {
        return workspace.sizeOnDisk();
    }

    public ReportQueries queries() {
        return queries;
    }

    public ReviewService review(String analyst, Clock clock) {
        return new ReviewService(workspace, analyst, clock);
    }

    public ImportService importer(Extractor extractor, String analyst, Clock clock) {
        return new ImportService(workspace, extractor, analyst, clock);
    }

    public ReextractService reextract(Extractor extractor, String analyst, Clock clock) {
        return new ReextractService(workspace, extractor, analyst, clock);
    }

    public TeamService team(Extractor extractor, String analyst, Clock clock) {
        return new TeamService(workspace, extractor, analyst, clock);
    }

    /** The same with an engine that is built when first needed (or still being built in the background). */
    public TeamService team(java.util.function.Supplier<Extractor> extractor, String analyst, Clock clock) {
        return new TeamService(workspace, extractor, analyst, clock);
    }

    /** Why the engine reads this workspace's reports as it does (the workbench's why tab). */
    public ExplainService explain(Extractor extractor) {
        return new ExplainService(workspace, () -> extractor);
    }

    /** The same with an engine that may still be being built (asked for when a report is explained). */
    public ExplainService explain(java.util.function.Supplier<Extractor> extractor) {
        return new ExplainService(workspace, extractor);
    }

    /** The engine scored against the analysts' decisions in this workspace (evaluate --workspace). */
    public EvaluationService.Outcome evaluate(Extractor extractor) {
        return new EvaluationService(extractor).workspace(workspace);
    }

    public CompareService compare() {
        return queries.comparisons();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
