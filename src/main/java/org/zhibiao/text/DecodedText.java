package org.zhibiao.text;

/**
 * The characters of a file and the charset they were read with.
 *
 * @param text    the decoded text, without a leading byte order mark
 * @param charset the Java name of the charset used, e.g. "UTF-8", "GB18030", "Big5", "UTF-16LE"
 */
public record DecodedText(String text, String charset) {

    public DecodedText {
        if (text == null || charset == null) {
            throw new IllegalArgumentException("text and charset are required");
        }
    }
}
