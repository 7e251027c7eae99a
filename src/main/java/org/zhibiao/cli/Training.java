package org.zhibiao.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The training run of the command line's class-data archive (scripts/build-cds): runs extract, identify, import
 * and list over the given reports in one JVM, so that the archive it leaves (-XX:ArchiveClassesAtExit) holds what
 * each of those commands loads. Not a command users see.
 * Usage: {@code java -XX:ArchiveClassesAtExit=A -cp zhibiao.jar org.zhibiao.cli.Training REPORTS WORKSPACE}.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        String reports = args[0];
        String workspace = args[1];
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        System.setProperty("java.awt.headless", "true");
        int status = 0;
        try {
            status |= ZhibiaoCommand.run("extract", "--format", "tsv", reports);
            status |= ZhibiaoCommand.run("identify", "--format", "json", reports);
            status |= ZhibiaoCommand.run("import", "--workspace", workspace, "--analyst", "training", reports);
            status |= ZhibiaoCommand.run("list", "--workspace", workspace);
        } finally {
            System.setOut(out);
        }
        System.exit(status);
    }
}
