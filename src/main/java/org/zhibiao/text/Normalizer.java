package org.zhibiao.text;

/**
 * Turns a decoded report into the text the extractor reads, keeping a map back to the original. Runs in
 * three linear passes over char arrays, in this order because each relies on the previous one:
 * {@link CharFolder} (so later passes see ASCII brackets, digits and '\n'), {@link NoiseRemover} (so a
 * watermark at a line end does not hide the sentence end from the joiner), {@link LineJoiner}.
 * Spaces inside lines are kept; the extractor copes with 增长12 %.
 */
public final class Normalizer {

    /**
     * Builds the Traditional-Simplified table now, for example on a background thread at start-up; otherwise
     * the first {@link #normalize} pays for it (ICU compiling its transliteration rules, a few hundred ms).
     */
    public static void prepare() {
        ScriptTable.get();
    }

    public NormalizedText normalize(String original) {
        ScriptTable table = ScriptTable.get();
        ScriptTable conversion = CharFolder.isTraditional(original, table) ? table : null;
        // one variable: each pass's input is garbage once the next has read it (a 50 MB report is 100 MB a pass)
        MappedChars text = CharFolder.fold(original, conversion);
        text = NoiseRemover.remove(text);
        text = LineJoiner.join(text);
        return text.toNormalizedText(original);
    }
}
