package org.zhibiao.extract;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * An Aho–Corasick automaton over a sorted set of names, taken from an image built at package time when the image
 * was made from the very same names, and built here otherwise (an analyst's own lexicon, a changed table, a build
 * without the images). Building the gazetteer's automaton (6,400 names) took 100–150 ms of every start of the
 * engine, in the interpreter; reading its arrays takes a few milliseconds. The image holds only the automaton's
 * arrays: the values are the caller's own, in the order of the names, as the library numbers them when it builds.
 * See {@link TrieImages} for the package step and decision 0048.
 */
final class Trie<V> extends AhoCorasickDoubleArrayTrie<V> {

    private static final int MAGIC = 0x5A425452; // "ZBTR"
    private static final int VERSION = 1;

    private boolean fromImage;

    private Trie() {
    }

    /** Whether this automaton was read from an image rather than built. */
    boolean fromImage() {
        return fromImage;
    }

    /** The automaton of these names, from the image {@code name}.trie beside this class when it fits them. */
    static <V> Trie<V> of(String name, SortedMap<String, V> names) {
        if (Boolean.getBoolean("zhibiao.buildTries")) {
            return built(names);
        }
        try (InputStream image = Trie.class.getResourceAsStream(name + ".trie")) {
            return from(image, names);
        } catch (IOException e) {
            return built(names); // not closed cleanly: what was read decided already
        }
    }

    /** The automaton of these names from an image (null: none), or built when the image does not fit them. */
    static <V> Trie<V> from(InputStream image, SortedMap<String, V> names) {
        Trie<V> trie = new Trie<>();
        if (image == null || !trie.adopt(image, names)) {
            trie.build(names);
        }
        return trie;
    }

    /** Built from the names, never from an image: what the package step writes. */
    static <V> Trie<V> built(SortedMap<String, V> names) {
        Trie<V> trie = new Trie<>();
        trie.build(names);
        return trie;
    }

    /**
     * A fingerprint of the names in order: an image made from other names (one more term, one spelled otherwise)
     * must not be taken.
     */
    static long fingerprint(Iterable<String> names) {
        long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits
        for (String s : names) {
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ 0xFFFF) * 0x100000001b3L; // a separator no name contains
        }
        return h;
    }

    private boolean adopt(InputStream image, SortedMap<String, V> names) {
        byte[] bytes;
        try {
            bytes = image.readAllBytes();
        } catch (IOException e) {
            return false; // unreadable: build it, as without an image
        }
        try {
            return adopt(ByteBuffer.wrap(bytes).asIntBuffer(), names);
        } catch (RuntimeException e) {
            return false; // a damaged image (cut short, lengths out of range): build it, as without an image
        }
    }

    @SuppressWarnings("unchecked")
    private boolean adopt(IntBuffer ints, SortedMap<String, V> names) {
        if (ints.remaining() < 7 || ints.get() != MAGIC || ints.get() != VERSION) {
            return false;
        }
        long print = ((long) ints.get() << 32) | (ints.get() & 0xFFFFFFFFL);
        int count = ints.get();
        if (count != names.size() || print != fingerprint(names.keySet())) {
            return false;
        }
        int states = ints.get();
        int[] base = read(ints);
        int[] check = read(ints);
        int[] fail = read(ints);
        int[][] output = new int[ints.get()][];
        for (int i = 0; i < output.length; i++) {
            output[i] = read(ints);
        }
        if (ints.hasRemaining()) {
            return false; // more than the arrays: not an image this code wrote
        }
        int[] lengths = new int[count];
        int k = 0;
        for (String s : names.keySet()) {
            lengths[k++] = s.length();
        }
        this.base = base;
        this.check = check;
        this.fail = fail;
        this.output = output;
        this.l = lengths;
        this.v = (V[]) names.values().toArray();
        this.size = states;
        this.fromImage = true;
        return true;
    }

    private static int[] read(IntBuffer ints) {
        int n = ints.get();
        if (n < 0) {
            return null;
        }
        int used = ints.get();
        // the lengths of a damaged image must not ask for gigabytes: what is stored is there, and the library pads
        // only 64 K of 0s
        if (used < 0 || used > ints.remaining() || n < used || n - used > 1 << 17) {
            throw new IllegalStateException("not an image of an automaton");
        }
        int[] a = new int[n];
        ints.get(a, 0, used);
        return a;
    }

    /** Writes this automaton's image for the names it was built from. */
    void write(Iterable<String> names, int count, OutputStream to) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        long print = fingerprint(names);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt((int) (print >>> 32));
        out.writeInt((int) print);
        out.writeInt(count);
        out.writeInt(size);
        write(out, base);
        write(out, check);
        write(out, fail);
        out.writeInt(output.length);
        for (int[] o : output) {
            write(out, o);
        }
        out.flush();
        buffer.writeTo(to);
    }

    /** An array as its length and its values up to the last that is not 0 (the library leaves 64 K of 0s). */
    private static void write(DataOutputStream out, int[] a) throws IOException {
        if (a == null) {
            out.writeInt(-1);
            return;
        }
        int used = a.length;
        while (used > 0 && a[used - 1] == 0) {
            used--;
        }
        out.writeInt(a.length);
        out.writeInt(used);
        for (int i = 0; i < used; i++) {
            out.writeInt(a[i]);
        }
    }

    /** The arrays, for the test that an image reads back as the automaton it was written from. */
    List<int[]> arrays() {
        List<int[]> all = new ArrayList<>(List.of(base, check, fail, l, new int[] {size}));
        for (int[] o : output) {
            all.add(o == null ? new int[] {-1} : o);
        }
        return all;
    }

    static void writeImage(Path file, Trie<?> trie, SortedMap<String, ?> names) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            trie.write(names.keySet(), names.size(), out);
        }
    }
}
