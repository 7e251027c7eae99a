package org.zhibiao.text;

import org.zhibiao.model.Problem;
/** Recognises the magic numbers of file kinds that users drop in by mistake instead of a text file. */
final class FileSignature {

    private FileSignature() {
    }

    /** @return why the bytes are no text, if they start like a known non-text format, else null */
    static Problem.Kind nonTextReason(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return Problem.Kind.FILE_PDF_NOT_TEXT;
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
            return Problem.Kind.FILE_ZIP_NOT_TEXT;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Problem.Kind.FILE_OLD_OFFICE_NOT_TEXT;
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47) || startsWith(b, 0xFF, 0xD8, 0xFF)
                || startsWith(b, 0x47, 0x49, 0x46, 0x38) || startsWith(b, 0x42, 0x4D)
                        && b.length > 14 && b[6] == 0 && b[7] == 0) {
            return Problem.Kind.FILE_IMAGE;
        }
        if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46) || startsWith(b, 0x4D, 0x5A) && b.length > 0x40 && hasNul(b, 64)) {
            return Problem.Kind.FILE_PROGRAM;
        }
        if (startsWith(b, 0x1F, 0x8B) || startsWith(b, 0x52, 0x61, 0x72, 0x21) || startsWith(b, 0x37, 0x7A, 0xBC, 0xAF)) {
            return Problem.Kind.FILE_ARCHIVE;
        }
        return null;
    }

    /** Whether the bytes begin with the magic numbers (each 0–255). */
    static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] b, int limit) {
        for (int i = 0; i < Math.min(limit, b.length); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
