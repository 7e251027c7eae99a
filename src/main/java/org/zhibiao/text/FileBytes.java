package org.zhibiao.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a whole file into memory a slice at a time. {@code Files.readAllBytes} asks the channel for the whole file
 * in one read, and the JDK reads through a direct buffer (outside the heap) of that size: 50 MB more for a 50 MB
 * report, on top of its 50 MB in the heap. A slice needs a buffer of its own size only.
 */
final class FileBytes {

    /** The most read at once. */
    static final int SLICE = 1 << 18;

    private FileBytes() {
    }

    static byte[] read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("Required array size too large"); // as Files.readAllBytes says it
            }
            byte[] bytes = new byte[(int) size];
            int n = 0;
            while (true) {
                if (n == bytes.length) {
                    // the file is longer than its size said (it grew meanwhile, or tells none): read on if it is
                    ByteBuffer one = ByteBuffer.allocate(1);
                    if (ch.read(one) <= 0) {
                        break;
                    }
                    bytes = Arrays.copyOf(bytes, Math.max(n + SLICE, n + (n >> 1)));
                    bytes[n++] = one.get(0);
                }
                int read = ch.read(ByteBuffer.wrap(bytes, n, Math.min(SLICE, bytes.length - n)));
                if (read < 0) {
                    break;
                }
                n += read;
            }
            return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
        }
    }
}
