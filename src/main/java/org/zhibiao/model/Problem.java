package org.zhibiao.model;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Something that went wrong, as a kind and its arguments, so that the words are chosen where the user is: the
 * command line and the desktop app render it from {@code org/zhibiao/model/problems*.properties} in their language,
 * and the command line maps the kind to an exit status. Nothing below the edge writes a sentence for the user, and
 * no database or Java message is ever part of one (those go to the log).
 *
 * <p>An argument may itself be a problem (a phrase such as why a workspace is damaged): it is rendered in the same
 * language.
 */
public record Problem(Kind kind, List<Object> args) {

    /** The kinds of problem; each is one sentence in the bundles, keyed by its name in lower case. */
    public enum Kind {
        // opening a workspace file
        FOLDER_UNCREATABLE, DAMAGED, NEWER_VERSION, NOT_A_WORKSPACE, IN_USE, OPEN_FAILED, CLOSED,
        // phrases inside DAMAGED
        DAMAGE_EMPTY, DAMAGE_UNREADABLE, DAMAGE_NO_WORKSPACE, DAMAGE_OLDER_STATE, DAMAGE_CORRUPT, DAMAGE_CHANGED,
        RESTORE_NEWEST, RESTORE_NONE,
        // writing
        DISK_FULL, DISK_TOO_SMALL, READ_ONLY, READ_ONLY_WORKSPACE, STOPPED, UPDATE_FAILED, MEASURE_FAILED, ALREADY_THERE,
        // a team workspace on a server
        SERVER_NO_PASSWORD, SERVER_BAD_PASSWORD, SERVER_HOST_REFUSED, SERVER_NO_DATABASE, SERVER_UNREACHABLE,
        SERVER_CONNECT_FAILED, SERVER_OPEN_FAILED, CONNECTION_LOST, TEAM_UPDATE_FAILED, NO_BACKUPS_ON_SERVER,
        BAD_ADDRESS,
        // backups
        BACKUPS_UNREADABLE, BACKUP_WRITE_FAILED, BACKUP_NOT_THIS, RESTORE_FAILED, RESTORE_IN_USE, NO_SUCH_BACKUP,
        // what an analyst asked for is not there or not theirs
        NO_REPORT, NO_FIGURE, FIGURE_CONFLICT, NOT_YOUR_CHANGE, NOT_ASSIGNED, NO_TEXT, FOLDER_UNREADABLE,
        // a failure nobody put into words (a defect): not shown raw
        UNEXPECTED,
        // a file that cannot be read as a report (the batch goes on)
        FILE_EMPTY, FILE_PDF_NOT_TEXT, FILE_ZIP_NOT_TEXT, FILE_OLD_OFFICE_NOT_TEXT, FILE_IMAGE, FILE_PROGRAM, FILE_ARCHIVE, FILE_BINARY, FILE_UNDECODABLE, FILE_NO_WEB_TEXT, FILE_OLD_DOC, FILE_BAD_DOCX, FILE_ZIP_BOMB, FILE_NO_DOC_TEXT, FILE_PDF_NO_PAGES, FILE_PDF_PASSWORD, FILE_BAD_PDF, FILE_PDF_SCAN, FILE_PDF_FONTS, FILE_UNSUPPORTED, FILE_MISSING, FILE_DENIED, FILE_FOLDER, FILE_NOT_REGULAR, FILE_TOO_DEEP, FILE_TOO_LARGE, FILE_LINK_LOOP, FILE_LINK_DANGLING, FILE_SYSTEM, FILE_INTERRUPTED, FILE_UNREADABLE;

        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(Kind kind, Object... args) {
        return new Problem(kind, Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }

    /** The sentence in the locale's language; English where the bundle has no such language. */
    public String render(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("org.zhibiao.model.problems", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = b.getString(kind.key());
        } catch (MissingResourceException e) {
            pattern = kind.key();
        }
        Object[] shown = args.stream().map(a -> a instanceof Problem p ? p.render(locale) : a).toArray();
        return new MessageFormat(pattern.replace("'", "''"), locale).format(shown);
    }

    /** The sentence in English, as logs and exception messages carry it. */
    public String english() {
        return render(Locale.ROOT);
    }
}
