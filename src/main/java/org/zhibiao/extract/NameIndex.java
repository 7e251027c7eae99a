package org.zhibiao.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every occurrence of a set of names in a text, found by the names' first two characters: a bit table of the
 * pairs names start with passes over most of a text at one look-up a character, and where one could start, the
 * names beginning with those two characters are compared in place.
 * <p>
 * It replaces an Aho–Corasick automaton (hankcs' double-array trie, kept in the tests to check against) and reports
 * the same hits in the same order: by end, and at one end the later name in code-point order first (the automaton's
 * order, which the gazetteer's overlap rule relies on). The automaton indexed its arrays by character code, so that each
 * character of a text was a look-up far into tables of hundreds of kilobytes: over the seeds, dev and fixture texts
 * it took 4.4 ms for the lexicon's names where this takes 1.2, and 12 ms for the gazetteer's where this takes 2.5;
 * and building it for the gazetteer took 100–150 ms of every start, this a few. Decision 0048.
 */
final class NameIndex<V> {

    /** Told each hit: the name's begin and end in the text, and its value. */
    @FunctionalInterface
    interface Hits<V> {
        void hit(int begin, int end, V value);
    }

    /** One name and its value; its characters also in an array, which the scan compares with the text's. */
    private record Name<V>(String text, V value, char[] chars) {
        Name(String text, V value) {
            this(text, value, text.toCharArray());
        }
    }

    /** A hit before ordering. */
    private record Hit<V>(int begin, int end, Name<V> name) {
    }

    /** One bit for each character a one-character name is (8 KB), to pass over the rest without the table. */
    private final long[] starts = new long[(Character.MAX_VALUE + 1) >>> 6];
    /**
     * One bit for each hash of the pairs names start with, about a hundred bits a pair (64 KB for the gazetteer's
     * names): one look-up turns away all but one or two positions in a hundred. Asking first whether a name starts
     * with the character let a third of a report's characters through (县, 市, 新, 长 …), an unpredictable branch
     * at every character.
     */
    private final long[] pairBits;
    private final int pairShift;
    /**
     * Names of one character, by that character; null when there are none (a table's names are words: a table a
     * character for them would be 256 KB for nothing).
     */
    private final Object[] single;
    /** Open addressing from a pair of first characters to the names starting with them. */
    private final int[] pairKeys;
    private final Object[] pairNames;
    private final int mask;
    private final int shift;
    /** The names of two characters or more. */
    private int pairs;

    NameIndex(Map<String, V> names) {
        int capacity = Integer.highestOneBit(Math.max(4, names.size()) * 4);
        pairKeys = new int[capacity];
        pairNames = new Object[capacity];
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(mask);
        single = names.keySet().stream().anyMatch(n -> n.length() == 1) ? new Object[Character.MAX_VALUE + 1] : null;
        int bits = Integer.highestOneBit(Math.max(1 << 16, names.size() * 128));
        pairBits = new long[bits >>> 6];
        pairShift = Integer.numberOfLeadingZeros(bits - 1);
        for (var e : names.entrySet()) {
            String text = e.getKey();
            Name<V> name = new Name<>(text, e.getValue());
            if (text.isEmpty()) {
                continue; // the automaton never reports an empty name either
            }
            if (text.length() == 1) {
                starts[text.charAt(0) >>> 6] |= 1L << text.charAt(0);
                single[text.charAt(0)] = add(single[text.charAt(0)], name);
            } else {
                int key = key(text.charAt(0), text.charAt(1));
                int bit = bit(key, pairShift);
                pairBits[bit >>> 6] |= 1L << bit;
                int slot = slot(key);
                pairKeys[slot] = key;
                pairNames[slot] = add(pairNames[slot], name);
                pairs++;
            }
        }
    }

    private static int key(char a, char b) {
        return a << 16 | b;
    }

    private static int bit(int key, int shift) {
        return (key * 0x2545F491) >>> shift;
    }

    /** The slot of this pair: its own, or the empty one where it would go. Keys are never 0 (no name starts with NUL twice). */
    private int slot(int key) {
        int i = (key * 0x9E3779B9) >>> shift; // the product's high bits: its low ones hang on the second char alone
        while (pairKeys[i] != 0 && pairKeys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    @SuppressWarnings("unchecked")
    private static <V> Name<V>[] add(Object names, Name<V> name) {
        Name<V>[] old = (Name<V>[]) names;
        if (old == null) {
            return new Name[] {name};
        }
        Name<V>[] more = Arrays.copyOf(old, old.length + 1);
        more[old.length] = name;
        return more;
    }

    /** Each hit as the automaton would report it: by end, at one end the later name (in sorted order) first. */
    void find(String text, Hits<V> hits) {
        char[] chars = text.toCharArray();
        List<Hit<V>> found = null;
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            found = at(chars, i, chars[i], i + 1 < n ? chars[i + 1] : 0, found);
        }
        emit(found, hits);
    }

    /** The hits of the names that start at {@code i} ({@code c}, then {@code next}) added to found (made if null). */
    @SuppressWarnings("unchecked")
    private List<Hit<V>> at(char[] text, int i, char c, char next, List<Hit<V>> found) {
        if (single != null && (starts[c >>> 6] & 1L << c) != 0) {
            if (found == null) {
                found = new ArrayList<>();
            }
            for (Name<V> name : (Name<V>[]) single[c]) {
                found.add(new Hit<>(i, i + 1, name));
            }
        }
        int key = key(c, next);
        int bit = bit(key, pairShift);
        return (pairBits[bit >>> 6] & 1L << bit) != 0 && i + 1 < text.length ? atPair(text, i, key, found) : found;
    }

    /**
     * The hits of the names of two characters or more that start at {@code i} with the pair {@code key}
     * (asked where a bit table let the pair through), added to found (made if null).
     */
    @SuppressWarnings("unchecked")
    private List<Hit<V>> atPair(char[] text, int i, int key, List<Hit<V>> found) {
        int slot = slot(key);
        if (pairKeys[slot] != key) {
            return found;
        }
        int n = text.length;
        for (Name<V> name : (Name<V>[]) pairNames[slot]) {
            char[] s = name.chars();
            if (i + s.length <= n && matchesFrom(text, i + 2, s)) {
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(new Hit<>(i, i + s.length, name));
            }
        }
        return found;
    }

    private static <V> void emit(List<Hit<V>> found, Hits<V> hits) {
        if (found == null) {
            return;
        }
        found.sort((a, b) -> a.end() != b.end() ? Integer.compare(a.end(), b.end())
                : b.name().text().compareTo(a.name().text()));
        for (Hit<V> h : found) {
            hits.hit(h.begin(), h.end(), h.name().value());
        }
    }

    /** Whether text holds name from its third character on at {@code at} (the first two matched already). */
    private static boolean matchesFrom(char[] text, int at, char[] name) {
        for (int k = 2; k < name.length; k++, at++) {
            if (text[at] != name[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Several indexes' names found in one pass over a text: a bit table of all their first characters and pairs
     * turns away most positions at one look-up for all of them, where a pass for each (the gazetteer's, the
     * self-reference words', the lexicon's) made three look-ups a character. Each index's hits are then told as its
     * own {@link #find} tells them.
     */
    static final class Group {
        private final NameIndex<?>[] members;
        private final long[] starts = new long[(Character.MAX_VALUE + 1) >>> 6];
        /**
         * Whether any member has a name of one character: the default tables have none, and then the scan asks only
         * the pair table (a second look-up a character for nothing: the engine took 0.988 of its time without it).
         */
        private final boolean anySingle;
        private final long[] pairBits;
        private final int pairShift;
        /**
         * Open addressing from each pair some member's names start with to the members that have it, a bit each:
         * where the bit table lets a position through, one look-up here says which members to ask (most often one,
         * sometimes none: the bit table's false passes), where each member was asked, each in its own tables.
         */
        private final int[] groupKeys;
        private final int[] groupMembers;
        private final int groupMask;
        private final int groupShift;

        Group(NameIndex<?>... members) {
            if (members.length > 31) {
                throw new IllegalArgumentException("a group of at most 31 indexes (one bit each)");
            }
            this.members = members.clone();
            int pairs = 0;
            for (NameIndex<?> m : members) {
                pairs += m.pairs;
            }
            int bits = Integer.highestOneBit(Math.max(1 << 16, pairs * 128));
            pairBits = new long[bits >>> 6];
            pairShift = Integer.numberOfLeadingZeros(bits - 1);
            boolean single = false;
            for (NameIndex<?> m : members) {
                single |= m.single != null;
                for (int w = 0; w < starts.length; w++) {
                    starts[w] |= m.single != null ? m.starts[w] : 0;
                }
                for (int key : m.pairKeys) {
                    if (key != 0) {
                        int bit = bit(key, pairShift);
                        pairBits[bit >>> 6] |= 1L << bit;
                    }
                }
            }
            anySingle = single;
            int capacity = Integer.highestOneBit(Math.max(4, pairs) * 4);
            groupKeys = new int[capacity];
            groupMembers = new int[capacity];
            groupMask = capacity - 1;
            groupShift = Integer.numberOfLeadingZeros(groupMask);
            for (int k = 0; k < members.length; k++) {
                for (int key : members[k].pairKeys) {
                    if (key != 0) {
                        int slot = groupSlot(key);
                        groupKeys[slot] = key;
                        groupMembers[slot] |= 1 << k;
                    }
                }
            }
        }

        private int groupSlot(int key) {
            int i = (key * 0x9E3779B9) >>> groupShift;
            while (groupKeys[i] != 0 && groupKeys[i] != key) {
                i = (i + 1) & groupMask;
            }
            return i;
        }

        /** The hits of every member in the text, to be told by {@link Found#tell}. */
        Found find(String text) {
            return find(text.toCharArray());
        }

        /**
         * The hits in a text's characters: read from an array, not through String.charAt's checks (the filter alone
         * took 5.8 ns a character through them, 4.5 from a copy with the copy; the whole find 12.9 against 11.7, the
         * seeds normalised, in a harness).
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        Found find(char[] chars) {
            List[] found = new List[members.length];
            int n = chars.length;
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                char next = i + 1 < n ? chars[i + 1] : 0;
                int bit = bit(key(c, next), pairShift);
                if ((pairBits[bit >>> 6] & 1L << bit) == 0 && (!anySingle || (starts[c >>> 6] & 1L << c) == 0)) {
                    continue;
                }
                if (anySingle) {
                    for (int k = 0; k < members.length; k++) {
                        found[k] = ((NameIndex) members[k]).at(chars, i, c, next, found[k]);
                    }
                    continue;
                }
                if (i + 1 == n) {
                    continue; // a pair needs a second character
                }
                int key = key(c, next);
                for (int which = groupMembers[groupSlot(key)]; which != 0; which &= which - 1) {
                    int k = Integer.numberOfTrailingZeros(which);
                    found[k] = ((NameIndex) members[k]).atPair(chars, i, key, found[k]);
                }
            }
            return new Found(members, found);
        }
    }

    /** One text's hits of a group's members. */
    static final class Found {
        private final NameIndex<?>[] members;
        private final List<?>[] found;

        private Found(NameIndex<?>[] members, List<?>[] found) {
            this.members = members;
            this.found = found;
        }

        /** Tells hits the member's hits in the order its {@link #find} would; once for each member. */
        @SuppressWarnings("unchecked")
        <V> void tell(NameIndex<V> member, Hits<V> hits) {
            for (int k = 0; k < members.length; k++) {
                if (members[k] == member) {
                    emit((List<Hit<V>>) found[k], hits);
                    return;
                }
            }
            throw new IllegalArgumentException("not a member of the group that found these hits");
        }
    }
}
