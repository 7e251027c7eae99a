package org.zhibiao.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhibiao.text.TestDocuments.*;

class DocumentReadersTest {

    @TempDir
    Path dir;

    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void textFilesGoThroughTheDecoder() throws Exception {
        Path txt = dir.resolve("report.TXT");
        Files.write(txt, (HEADING_REVIEW + "\n" + RESULTS).getBytes(Charset.forName("GBK")));
        Path bare = dir.resolve("report");
        Files.writeString(bare, RESULTS, StandardCharsets.UTF_8);

        assertThat(readers.read(txt)).isEqualTo(new DecodedText(HEADING_REVIEW + "\n" + RESULTS, "GB18030"));
        assertThat(readers.read(bare)).isEqualTo(new DecodedText(RESULTS, "UTF-8"));
    }

    @Test
    void extensionsAreMatchedWhateverTheirCase() throws Exception {
        Path docx = TestDocuments.docx(dir, "REPORT.DOCX");
        Path htm = dir.resolve("page.Htm");
        Files.writeString(htm, HtmlReaderTest.forumPage("<meta charset=\"utf-8\">"), StandardCharsets.UTF_8);

        assertThat(readers.read(docx).charset()).isEqualTo("docx");
        assertThat(readers.read(docx).text()).contains(HEADING_REVIEW + "\n" + RESULTS + "\n");
        assertThat(readers.read(htm).charset()).isEqualTo("html (UTF-8)");
    }

    @ParameterizedTest
    @CsvSource({"figures.xls, .xls", "scan.PNG, .png", "report.doc, .doc", "report.txt.bak, .bak"})
    void unsupportedTypesAreNamed(String name, String extension) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, RESULTS, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> readers.read(file)).isInstanceOf(DocumentException.class)
                .hasMessage("unsupported file type " + extension
                        + ": Zhibiao reads .txt, .docx, .pdf, .html and .htm");
        assertThat(DocumentReaders.supported(file)).isFalse();
    }

    @Test
    void supportedTypes() {
        assertThat(DocumentReaders.supported(Path.of("a.txt"))).isTrue();
        assertThat(DocumentReaders.supported(Path.of("a.Docx"))).isTrue();
        assertThat(DocumentReaders.supported(Path.of("a.PDF"))).isTrue();
        assertThat(DocumentReaders.supported(Path.of("a.html"))).isTrue();
        assertThat(DocumentReaders.supported(Path.of("a.htm"))).isTrue();
        assertThat(DocumentReaders.supported(Path.of("README"))).isTrue();
        assertThat(DocumentReaders.supported(Path.of("a.xlsx"))).isFalse();
    }

    @Test
    void corruptDocxAndPdfAreReported() throws Exception {
        Path docx = dir.resolve("broken.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        Path pdf = dir.resolve("broken.pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2, 3});

        assertThatThrownBy(() -> readers.read(docx)).hasMessage("not a valid .docx file");
        assertThatThrownBy(() -> readers.read(pdf)).hasMessage("not a valid PDF file");
    }

    @Test
    void aMissingFileIsAnIoError() {
        for (String name : new String[] {"gone.txt", "gone.docx", "gone.pdf", "gone.html"}) {
            assertThatThrownBy(() -> readers.read(dir.resolve(name))).isInstanceOf(NoSuchFileException.class);
        }
    }
}
