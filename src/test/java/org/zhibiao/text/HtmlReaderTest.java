package org.zhibiao.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhibiao.text.TestDocuments.*;

class HtmlReaderTest {

    /** Words from the page furniture of {@link #forumPage}; none may reach the text. */
    static final String[] JUNK = {"首页", "论坛", "政务公开", "当前位置", "用户名", "密码", "立即注册",
            "分享到", "微博", "楼主", "支持一下", "沙发", "写得很实在", "热门帖子", "版权所有", "备案", "var ",
            "统计代码", "上一篇", "隐藏的提示"};

    @TempDir
    Path dir;

    private final HtmlReader reader = new HtmlReader();

    /** A forum thread with a report pasted in, as saved by a browser; the charset line is filled in. */
    static String forumPage(String metaCharset) {
        return """
                <!DOCTYPE html>
                <html>
                <head>
                {{META}}
                <title>2023年青山县政府工作报告 - 青山论坛 - 政务公开</title>
                <style>.post { font-size: 14px } /* 样式 */</style>
                <script>var tip = "欢迎来到青山论坛";</script>
                </head>
                <body>
                <div id="topbar"><a href="/">首页</a> | <a href="/bbs">论坛</a> | <a href="/gov">政务公开</a></div>
                <div class="loginBox"><form>用户名 <input name="u"> 密码 <input name="p" type="password">
                  <button>登录</button> <a href="/reg">立即注册</a></form></div>
                <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/gov">政务公开</a> &gt; 正文</div>
                <div class="wrap">
                  <div class="main">
                    <div class="thread">
                      <div class="post-author">楼主 青山网友</div>
                      <h1>2023年青山县政府工作报告</h1>
                      <div class="post-body">
                        <p>各位代表：</p>
                        <p>　　现在，我代表县人民政府，向大会报告工作，请予审议。</p>
                        <h3>一、2022年工作回顾</h3>
                        <p>　　过去一年，全县经济运行稳中有进。全县地区生产总值完成128.6亿元，
                        增长5.2%。</p>
                        <p>一般公共预算收入完成9.3亿元，增长6.1%，税收占比提高到七成。</p>
                        <!-- 以下为广告位 -->
                        <p style="display:none">隐藏的提示文字</p>
                        <h3>二、2023年工作安排</h3>
                        <p>今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。</p>
                        <table>
                          <tr><td>地区生产总值</td><td>亿元</td><td>128.6</td><td>5.2%</td></tr>
                        </table>
                      </div>
                      <div class="share-bar">分享到：<a href="#">微博</a> <a href="#">微信</a></div>
                      <div class="pager"><a href="/t/1">上一篇</a> <a href="/t/3">下一篇</a></div>
                    </div>
                    <div class="reply-list">
                      <div class="reply"><span>沙发</span><p>支持一下，今年的目标很明确，希望各项工作落到实处。</p></div>
                      <div class="reply"><p>写得很实在，数据也很详细，期待明年有更大进步。</p></div>
                    </div>
                  </div>
                  <div class="side">
                    <h4>热门帖子</h4>
                    <ul><li><a href="/t/9">青山县召开全县经济工作会议</a></li>
                        <li><a href="/t/8">青山县举办农民丰收节活动</a></li></ul>
                  </div>
                </div>
                <div id="ft"><p class="copyright">版权所有 © 青山论坛　备案号：青ICP备00000000号</p></div>
                <script>/* 统计代码 */ var _hm = [];</script>
                </body>
                </html>
                """.replace("{{META}}", metaCharset);
    }

    private static void assertReportBody(String text) {
        assertThat(text.split("\n")).containsSubsequence(
                "各位代表：",
                "现在，我代表县人民政府，向大会报告工作，请予审议。",
                HEADING_REVIEW,
                "过去一年，全县经济运行稳中有进。全县地区生产总值完成128.6亿元，增长5.2%。",
                REVENUE,
                HEADING_PLAN,
                TARGETS,
                "地区生产总值\t亿元\t128.6\t5.2%");
        assertThat(text).doesNotContain(JUNK);
    }

    @Test
    void utf8ForumPageKeepsTheReportAndDropsTheFurniture() throws Exception {
        Path file = dir.resolve("thread.html");
        Files.writeString(file, forumPage("<meta charset=\"utf-8\">"), StandardCharsets.UTF_8);

        DecodedText text = reader.read(file);

        assertThat(text.charset()).isEqualTo("html (UTF-8)");
        assertReportBody(text.text());
        // the h1 is the report's own title: it comes first, once
        assertThat(text.text()).startsWith(TITLE + "\n");
    }

    @Test
    void gbkPageDeclaredWithHttpEquiv() throws Exception {
        Path file = dir.resolve("thread.htm");
        String meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">";
        Files.write(file, forumPage(meta).getBytes(Charset.forName("GBK")));

        DecodedText text = reader.read(file);

        assertThat(text.charset()).isEqualTo("html (GB18030)");
        assertReportBody(text.text());
    }

    @Test
    void gbkPageWithoutDeclarationIsDetected() throws Exception {
        Path file = dir.resolve("thread.htm");
        Files.write(file, forumPage("").getBytes(Charset.forName("GBK")));

        DecodedText text = reader.read(file);

        assertThat(text.charset()).isEqualTo("html (GB18030)");
        assertReportBody(text.text());
    }

    @Test
    void pageResavedAsUtf8WithAStaleGbkDeclarationIsReadAsUtf8() throws Exception {
        Path file = dir.resolve("saved.html");
        Files.writeString(file, forumPage("<meta charset=\"gbk\">"), StandardCharsets.UTF_8);

        DecodedText text = reader.read(file);

        assertThat(text.charset()).isEqualTo("html (UTF-8)");
        assertReportBody(text.text());
    }

    @Test
    void theTitleComesFirstWhenTheBodyDoesNotRepeatIt() throws Exception {
        String page = """
                <html><head><meta charset="utf-8"><title>2023年青山县政府工作报告_青山县人民政府</title></head>
                <body><div class="nav"><a href="/">网站首页</a><a href="/zw">政务公开</a></div>
                <table width="960"><tr>
                  <td width="200"><a href="/a">机构设置</a><br><a href="/b">领导之窗</a></td>
                  <td><div id="zoom">
                    <p>各位代表：</p><p>现在，我代表县人民政府，向大会报告工作，请予审议。</p>
                    <p>%s</p><p>%s</p><p>%s<br>%s</p>
                  </div></td>
                </tr></table>
                <div class="footer">主办：青山县人民政府办公室</div></body></html>
                """.formatted(HEADING_REVIEW, RESULTS, HEADING_PLAN, TARGETS);
        Path file = dir.resolve("gov.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);

        String text = reader.read(file).text();

        assertThat(text.split("\n")).containsExactly("2023年青山县政府工作报告_青山县人民政府", "各位代表：",
                "现在，我代表县人民政府，向大会报告工作，请予审议。", HEADING_REVIEW, RESULTS, HEADING_PLAN, TARGETS);
    }

    @Test
    void aPageOfLinksHasNoReportText() throws Exception {
        String page = """
                <html><head><meta charset="utf-8"><title>青山县人民政府</title></head><body>
                <div id="menu"><a href="/">首页</a><a href="/zw">政务公开</a></div>
                <ul><li><a href="/1">2023年青山县政府工作报告</a></li><li><a href="/2">2022年青山县政府工作报告</a></li>
                <li><a href="/3">2021年青山县政府工作报告</a></li></ul>
                <div class="footer">版权所有 青山县人民政府</div></body></html>
                """;
        Path file = dir.resolve("list.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessage("no report text found in the web page");
    }

    @Test
    void anEmptyPageHasNoReportText() throws Exception {
        Path file = dir.resolve("empty.html");
        Files.writeString(file, "<html><head><title></title></head><body><script>var a = 1;</script></body></html>",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DocumentException.class)
                .hasMessage("no report text found in the web page");
    }
}
