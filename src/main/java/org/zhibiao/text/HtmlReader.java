package org.zhibiao.text;

import org.zhibiao.model.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the report out of a saved web page: government sites, news portals and forums wrap the report in
 * navigation, login boxes, share buttons, comments and footers. Those are removed by tag and by the
 * names sites give them; of what is left, the block that holds most of the Chinese text outside links is
 * taken, and written one paragraph, heading, list item or table row per line.
 */
final class HtmlReader {

    /** Elements that never hold report text. */
    private static final String JUNK_TAGS = "script, style, nav, header, footer, aside, form, iframe, noscript, "
            + "template, svg, canvas, button, input, select, textarea, object, embed, map, "
            + "[hidden], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    /** Whole words in an id or class that mark page furniture; short ones only match as whole words. */
    private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navi", "menu", "header", "head", "top",
            "topbar", "footer", "foot", "bottom", "sidebar", "side", "aside", "ad", "ads", "advert", "banner",
            "tag", "tags", "tool", "tools", "toolbar", "user", "social", "sns", "widget", "popup", "modal",
            "cookie", "subscribe", "search", "pager", "pagination", "links", "friendlink", "qrcode", "weixin",
            "wechat", "weibo", "print", "crumb", "crumbs", "login", "signin", "logo", "copyright", "share",
            "comment", "comments", "reply", "replies", "related", "recommend", "hot", "rank", "breadcrumb");

    /** Distinctive words that mark furniture wherever they occur in an id or class (bdsharebuttonbox). */
    private static final List<String> FURNITURE_PARTS = List.of("navbar", "navigation", "breadcrumb", "sidebar",
            "footer", "header", "comment", "reply", "share", "login", "signin", "register", "copyright",
            "advert", "related", "recommend", "menu");

    /** Blocks that start a new line. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
            "h3", "h4", "h5", "h6", "tr", "table", "tbody", "thead", "tfoot", "td", "th", "caption", "section",
            "article", "main", "blockquote", "pre", "center", "address", "figure", "figcaption", "hr", "body",
            "details", "summary", "fieldset", "legend");

    /** Blocks that are paragraphs themselves: the content block is never one of them. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "caption", "figcaption", "address", "summary", "legend");

    /** Short lines that are page furniture whatever element holds them. */
    private static final Pattern JUNK_LINE = Pattern.compile("^[【\\[(（]?\\s*(?:"
            + "(?:分享到|打印本页|关闭窗口|关闭本页|返回顶部|返回首页|上一篇|下一篇|上一条|下一条|字号|字体[:：]|"
            + "扫一扫|加入收藏|浏览次数|阅读次数|访问量|责任编辑|当前位置|您现在的位置|您当前的位置).*"
            + "|(?:打印|关闭|收藏|分享|点赞|登录|注册|评论|回复|相关链接|相关文章)\\s*[】\\])）]?)$");

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");

    private static final Pattern REPORT_TITLE = Pattern.compile("报告|(19|20)\\d\\d年");

    private final Decoder decoder = new Decoder();

    DecodedText read(Path file) throws DocumentException, IOException {
        return read(FileBytes.read(file));
    }

    DecodedText read(byte[] bytes) throws DocumentException {
        if (bytes.length == 0) {
            throw new DocumentException(Problem.Kind.FILE_EMPTY);
        }
        DecodedText decoded = decode(bytes);
        String text = extract(Jsoup.parse(decoded.text()));
        return new DecodedText(text, "html (" + decoded.charset() + ")");
    }

    // ---- charset ----

    /** The declared charset, unless the bytes prove it wrong; without one, the plain-text detection. */
    DecodedText decode(byte[] bytes) throws DocumentException {
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFE);
        String utf8 = Decoder.strict(bytes, 0, StandardCharsets.UTF_8);
        Charset declared = bom ? null : declaredCharset(bytes);
        if (declared != null) {
            if (declared.equals(StandardCharsets.UTF_8) && utf8 != null) {
                return new DecodedText(stripBom(utf8), "UTF-8");
            }
            // browsers re-encode a page they save as UTF-8 but may leave the old declaration in place
            if (!declared.equals(StandardCharsets.UTF_8) && utf8 != null && hasNonAscii(bytes)) {
                return new DecodedText(stripBom(utf8), "UTF-8");
            }
            return new DecodedText(new String(bytes, declared), declared.name());
        }
        try {
            return decoder.decode(bytes);
        } catch (DocumentException e) {
            // markup dilutes the Chinese the plain-text detection looks for
            if (utf8 != null) {
                return new DecodedText(stripBom(utf8), "UTF-8");
            }
            Charset gb = Charset.forName("GB18030");
            if (Decoder.strict(bytes, 0, gb) != null) {
                return new DecodedText(new String(bytes, gb), gb.name());
            }
            throw e;
        }
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // GB2312 and GBK labels are used for pages with any GB18030 character, as browsers assume
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb_2312-80")
                || name.equals("cp936") || name.equals("gb18030")) {
            return Charset.forName("GB18030");
        }
        if (name.startsWith("utf-16") || name.equals("unicode")) {
            // a declaration read in ASCII cannot be UTF-16; the real encoding is ASCII-compatible
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    // ---- content ----

    String extract(Document document) throws DocumentException {
        String title = document.title().strip();
        List<String> headings = document.select("h1").eachText();
        Element body = document.body();
        body.select(JUNK_TAGS).remove();
        Map<Element, int[]> counts = new IdentityHashMap<>();
        count(body, false, counts);
        removeFurniture(body, counts);
        counts.clear();
        count(body, false, counts);

        Element content = contentBlock(body, counts);
        int[] c = counts.get(content);
        if (c[0] - c[1] < 20 || c[1] > c[0] - c[1]) {
            throw new DocumentException(Problem.Kind.FILE_NO_WEB_TEXT);
        }
        List<String> lines = new ArrayList<>();
        new LineWriter(lines).block(content);
        lines.removeIf(line -> line.length() <= 30 && JUNK_LINE.matcher(line).matches()
                || line.codePoints().noneMatch(Character::isLetterOrDigit));

        String heading = titleLine(title, headings);
        if (heading != null && !compact(String.join("", lines)).contains(compact(heading))) {
            lines.add(0, heading);
        }
        if (lines.isEmpty()) {
            throw new DocumentException(Problem.Kind.FILE_NO_WEB_TEXT);
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * Counts Han characters under each element: [0] all, [1] those inside links. Links are how navigation,
     * related-article lists and tag clouds are made, so their text counts against a block.
     */
    private static int[] count(Element element, boolean inLink, Map<Element, int[]> counts) {
        boolean link = inLink || element.normalName().equals("a");
        int[] c = new int[2];
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                int han = han(text.getWholeText());
                c[0] += han;
                c[1] += link ? han : 0;
            } else if (child instanceof Element e) {
                int[] sub = count(e, link, counts);
                c[0] += sub[0];
                c[1] += sub[1];
            }
        }
        counts.put(element, c);
        return c;
    }

    private static void removeFurniture(Element body, Map<Element, int[]> counts) {
        int total = counts.get(body)[0];
        for (Element e : body.getAllElements()) {
            if (e == body || e.ownerDocument() == null || !isFurniture(e)) {
                continue;
            }
            // a name like "has-sidebar" on the wrapper of the whole page must not take the report with it
            if (counts.get(e)[0] > total / 2) {
                continue;
            }
            e.remove();
        }
    }

    static boolean isFurniture(Element e) {
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String part : FURNITURE_PARTS) {
            if (names.contains(part)) {
                return true;
            }
        }
        String spaced = (e.id() + " " + e.className()).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        for (String word : spaced.split("[^a-z0-9]+")) {
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Descends from the body into the child that holds most (70 %) of the text outside links, as long as
     * that child is a container rather than a paragraph; stops where the text spreads over several children.
     */
    private static Element contentBlock(Element body, Map<Element, int[]> counts) {
        Element current = body;
        while (true) {
            int[] c = counts.get(current);
            int own = c[0] - c[1];
            Element next = null;
            for (Element child : current.children()) {
                int[] cc = counts.get(child);
                if (cc != null && cc[0] - cc[1] >= 0.7 * own && own > 0 && isContainer(child)) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
    }

    private static boolean isContainer(Element e) {
        if (PARAGRAPHS.contains(e.normalName())) {
            return false;
        }
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An h1 that names a report or a year (the article's own title), else such a page title, else the page
     * title or the first h1. Page titles often carry the site's name as well.
     */
    private static String titleLine(String title, List<String> headings) {
        for (String h : headings) {
            if (REPORT_TITLE.matcher(h).find()) {
                return h.strip();
            }
        }
        if (!title.isEmpty()) {
            return title;
        }
        return headings.stream().map(String::strip).filter(h -> !h.isEmpty()).findFirst().orElse(null);
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }

    static int han(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }

    /** Writes the text of a block one line per paragraph-like element, table rows with tab-separated cells. */
    private static final class LineWriter {

        private final List<String> lines;
        private final StringBuilder line = new StringBuilder();

        LineWriter(List<String> lines) {
            this.lines = lines;
        }

        void block(Element root) {
            visit(root);
            flush();
        }

        private void visit(Node node) {
            if (node instanceof TextNode text) {
                line.append(text.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
                return;
            }
            if (tag.equals("tr") && isDataRow(e)) {
                flush();
                List<String> cells = new ArrayList<>();
                for (Element cell : e.children()) {
                    String text = tidy(cell.text());
                    if (!text.isEmpty()) {
                        cells.add(text);
                    }
                }
                if (!cells.isEmpty()) {
                    lines.add(String.join("\t", cells));
                }
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                flush();
            }
            for (Node child : e.childNodes()) {
                visit(child);
            }
            if (block) {
                flush();
            }
        }

        /** A row of short cells is a row of figures; a row with a long cell is page layout. */
        private static boolean isDataRow(Element tr) {
            if (tr.children().size() < 2 || !tr.select("table").isEmpty()) {
                return false;
            }
            for (Element cell : tr.children()) {
                if (cell.text().length() > 80) {
                    return false;
                }
            }
            return true;
        }

        private void flush() {
            String text = tidy(line.toString());
            if (!text.isEmpty()) {
                lines.add(text);
            }
            line.setLength(0);
        }

        /**
         * Collapses whitespace as a browser does, except that a line break of the source between two Chinese
         * characters disappears (browsers show at most a thin gap there), and trims indentation.
         */
        private static String tidy(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    int end = i;
                    boolean newline = false;
                    while (end < s.length() && isSpace(s.charAt(end))) {
                        newline |= s.charAt(end) == '\n' || s.charAt(end) == '\r';
                        end++;
                    }
                    boolean joined = newline && out.length() > 0 && end < s.length()
                            && PdfReader.isCjk(out.charAt(out.length() - 1)) && PdfReader.isCjk(s.charAt(end));
                    if (!joined && out.length() > 0 && end < s.length()) {
                        out.append(' ');
                    }
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
        }
    }
}
