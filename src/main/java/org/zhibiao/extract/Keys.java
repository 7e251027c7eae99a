package org.zhibiao.extract;

import org.zhibiao.model.Figure;

import java.util.List;

/** The annotations the engine's steps add, in the order the default pipeline adds them. */
public final class Keys {

    private Keys() {
    }

    /** The text every later step reads (NormaliseStep). */
    public static final Key<String> TEXT = new Key<>("text", String.class);
    /**
     * TEXT's characters in an array, for the steps that read every character of it (NormaliseStep): a scan through
     * String.charAt's checks ran at half the speed of one over an array. Never changed once added; released after
     * the last step that reads it.
     */
    static final Key<char[]> CHARS = Key.working("chars", char[].class);
    /** Region names, self-references and indicator names found in TEXT in one pass (NamesStep). */
    static final Key<NameIndex.Found> NAMES = Key.working("names", NameIndex.Found.class);
    /** Whose report, which year, what kind of text, with the evidence (DocumentFrameStep). */
    public static final Key<DocumentFrame> FRAME = new Key<>("document frame", DocumentFrame.class);
    /** What each passage is about (PassagesStep). */
    public static final Key<Passages> PASSAGES = new Key<>("passages", Passages.class);
    /** Kind and year of a figure from its own clause (ClauseFrameStep). */
    static final Key<ClauseFrame> CLAUSES = new Key<>("clause frame", ClauseFrame.class);
    /** Indicator names found (LexiconStep). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Key<List<TermMatch>> MENTIONS = new Key<>("lexicon matches", (Class) List.class);
    /** Numbers with units and qualifiers (QuantitiesStep). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Key<List<Quantity>> QUANTITIES = new Key<>("quantities", (Class) List.class);
    /** Figures as read, several per (indicator, kind, year) (AssemblyStep). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Key<List<Draft>> DRAFTS = new Key<>("drafts", (Class) List.class);
    /** One figure per (indicator, kind, year), in source offsets (MergeStep). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Key<List<Figure>> FIGURES = new Key<>("figures", (Class) List.class);
    /** The reasons of each figure of FIGURES, in the same order (MergeStep). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Key<List<List<Reason>>> FIGURE_REASONS = new Key<>("figure reasons", (Class) List.class);
}
