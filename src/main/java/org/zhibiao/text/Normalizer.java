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
        // folded first as simplified text, and the script decided from the folded chars, which hold the same Han
        // characters, from an array (counted over the original String, each character went through charAt: 2.7 % of
        // the engine); a traditional document, rare, is folded again with the table
        MappedChars folded = CharFolder.fold(original, null);
        if (CharFolder.isTraditional(folded, table)) {
            folded = CharFolder.fold(original, table);
        }
        // each pass's input is spent once the next has read it: the joiner writes into the folded chars' array,
        // so a long report takes two arrays of its length, not three (a 50 MB report: 34 MB each). Arguments are
        // evaluated in order: the noise remover has read the folded chars before their array is handed on, and
        // nothing holds its own output once the joiner returns
        MappedChars joined = LineJoiner.join(NoiseRemover.remove(folded), folded.reuse());
        return joined.toNormalizedText(original);
    }
}
