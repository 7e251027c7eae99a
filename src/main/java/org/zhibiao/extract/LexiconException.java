package org.zhibiao.extract;

/** A lexicon resource is malformed; the message names the file and line. */
public class LexiconException extends RuntimeException {
    public LexiconException(String message) {
        super(message);
    }
}
