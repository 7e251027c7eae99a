package org.zhibiao.ui;

import org.zhibiao.extract.Lexicon;
import org.zhibiao.service.Dictionary;
import org.zhibiao.service.OpenWorkspace;
import org.zhibiao.service.UserFolders;
import org.zhibiao.service.WorkspaceTarget;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * What the desktop app can begin before JavaFX is up, on threads of its own while the toolkit starts (about half a
 * second): the log file, opening the workspace the command line names (or the default one), then reading what the
 * workbench shows first ({@link ReadAhead}: the report list), and reading the indicator lexicon, which the workbench
 * needs to name figures. The app takes them on its first open of that workspace; the rest of the engine (the
 * extraction rules, the gazetteer) is built after the window shows.
 */
final class EarlyOpen {

    private static EarlyOpen begun;

    private final WorkspaceTarget address;
    private final boolean firstRun;
    private final CompletableFuture<OpenWorkspace> workspace = new CompletableFuture<>();
    private final CompletableFuture<ReadAhead> readAhead = new CompletableFuture<>();
    private final CompletableFuture<Lexicon> lexicon;

    private EarlyOpen(WorkspaceTarget address, boolean firstRun, Runnable first, Supplier<Lexicon> lexicon,
                      Supplier<String> analyst) {
        this.address = address;
        this.firstRun = firstRun;
        this.lexicon = Background.supply("zhibiao-lexicon", () -> {
            Lexicon read = lexicon.get();
            StartupSteps.mark("lexicon");
            return read;
        });
        Background.supply("zhibiao-open", () -> {
            OpenWorkspace ws;
            try {
                // the log first, on this thread: logback starting on two threads at once replays and warns
                first.run();
                StartupSteps.mark("log");
                ws = address.open(Clock.systemUTC());
            } catch (Throwable e) {
                workspace.completeExceptionally(e);
                readAhead.completeExceptionally(e);
                return null;
            }
            StartupSteps.mark("workspace");
            workspace.complete(ws); // the workbench is built meanwhile; the list follows into its first frame
            try {
                String who = analyst.get();
                readAhead.complete(who.isBlank() ? null : ReadAhead.read(ws.queries(), who));
            } catch (Throwable e) {
                readAhead.completeExceptionally(e); // the workbench reads it again itself, and says what failed
            }
            return null;
        });
    }

    /** Starts the log and the opening; a workspace address that cannot be parsed is left to the app to report. */
    static void begin(List<String> args) {
        begin(args, () -> GuiLog.start(UserFolders.logs()), () -> {
            Lexicon read = Dictionary.user().lexicon();
            Messages.preload(AppSettings.user().locale()); // the UI's words, read before the FX thread needs them
            return read;
        }, () -> AppSettings.user().analyst());
    }

    /**
     * The same with what runs before the workspace opens (the log) and where the lexicon comes from (the analyst's
     * dictionary): tests give their own, to leave the user's folders alone.
     */
    static void begin(List<String> args, Runnable first, Supplier<Lexicon> lexicon) {
        begin(args, first, lexicon, () -> "");
    }

    /**
     * The same, and the analyst whose report list is read as soon as the workspace is open: the one named on the
     * command line, else {@code remembered} (the settings' name; blank when the app will ask, and nothing is read).
     */
    static synchronized void begin(List<String> args, Runnable first, Supplier<Lexicon> lexicon,
                                   Supplier<String> remembered) {
        try {
            Optional<String> named = LaunchOptions.option(args, "--workspace");
            WorkspaceTarget address = named.map(WorkspaceTarget::parse).orElseGet(WorkspaceTarget::defaultWorkspace);
            boolean firstRun = named.isEmpty() && address.localFile().filter(f -> !Files.exists(f)).isPresent();
            Optional<String> analyst = LaunchOptions.option(args, "--analyst");
            begun = new EarlyOpen(address, firstRun, first, lexicon, () -> analyst.orElseGet(remembered));
        } catch (RuntimeException e) {
            begun = null; // said by the app, in a dialog
        }
    }

    /** The opening begun for this address, handed over once; empty when none was begun for it. */
    static synchronized Optional<EarlyOpen> take(WorkspaceTarget address) {
        EarlyOpen e = begun;
        if (e == null || !e.address.equals(address)) {
            return Optional.empty();
        }
        begun = null;
        return Optional.of(e);
    }

    /** The opening begun for this address, left in place (for what it knew before opening). */
    static synchronized Optional<EarlyOpen> peek(WorkspaceTarget address) {
        EarlyOpen e = begun;
        return e != null && e.address.equals(address) ? Optional.of(e) : Optional.empty();
    }

    /** Closes a workspace opened early that the app never took (it quit before, or opened another). */
    static synchronized void discard() {
        EarlyOpen e = begun;
        begun = null;
        if (e != null) {
            e.workspace.thenAccept(OpenWorkspace::close);
        }
    }

    /** Whether the workspace did not exist before this launch (the default one, about to be created). */
    boolean firstRun() {
        return firstRun;
    }

    /** The workspace, waiting for it; its failure is thrown as it was (a damaged file, a server out of reach). */
    OpenWorkspace workspace() throws Exception {
        return await(workspace);
    }

    /** The workbench's first reads, done as the workspace opened; fails or holds null when they were not done. */
    CompletableFuture<ReadAhead> readAhead() {
        return readAhead;
    }

    Lexicon lexicon() throws Exception {
        return await(lexicon);
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception ex) {
                throw ex;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
