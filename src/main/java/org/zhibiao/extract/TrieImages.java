package org.zhibiao.extract;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The package step that writes the images of the bundled gazetteer's and lexicon's automata beside their classes
 * ({@code mvn package} runs it at process-classes, so tests and the jar have them). Each image names the names it
 * was made from; {@link Trie} takes it only for those.
 */
public final class TrieImages {

    private TrieImages() {
    }

    /** @param args the folder of the compiled classes ({@code target/classes}) */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0], "org", "zhibiao", "extract");
        System.setProperty("zhibiao.buildTries", "true"); // build both from their tables, whatever images are there
        Gazetteer.loadDefault().writeTrie(folder.resolve("gazetteer.trie"));
        Lexicon.loadDefault().writeTrie(folder.resolve("lexicon.trie"));
    }
}
