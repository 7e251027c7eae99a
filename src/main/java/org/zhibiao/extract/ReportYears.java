package org.zhibiao.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which year a document is the report of (the year it sets targets for) and which year it reviews, from weighed
 * evidence. Each clue votes for a report year with a weight and is kept as a {@link Reason}; the strongest total
 * wins. Clues, strongest first:
 * <ul>
 *   <li>the delivery line, ——2022年12月19日在…人民代表大会: a report given in November or December is for
 *       the next year;</li>
 *   <li>a title, 2023年…政府工作报告, near the top;</li>
 *   <li>review and plan-year headings: 2022年工作回顾 (report year 2023), 2023年工作安排 / 主要预期目标 (2023);</li>
 *   <li>a year opening a five-year plan: 今年是“十四五”开局之年 (2021);</li>
 *   <li>今后五年 … 到2026年 (a five-year plan from the report year: 2022);</li>
 *   <li>a year's results, 2021年，预计全市… / 2021年，全县完成… (reviewing 2021: 2022);</li>
 *   <li>a publication date at the top of a web page (发布时间 2020-05-18: 2020), weaker in the body;</li>
 *   <li>failing all these, the latest year the text mentions.</li>
 * </ul>
 * A plan horizon (到2035年, 2025年远景目标, the years of a “十四五” goal) names a year the plan ends, never the
 * year a report speaks from: it does not vote and is not the latest year mentioned.
 */
public final class ReportYears {

    /** The years found, or nulls when the text names no year at all, with the evidence for them. */
    public record Years(Integer reportYear, Integer reviewYear, List<Reason> reasons) {

        public Years(Integer reportYear, Integer reviewYear) {
            this(reportYear, reviewYear, List.of());
        }
    }

    private static final Pattern DELIVERY = Pattern.compile("\\d{4}年(\\d{1,2})月(\\d{1,2})日(?:在|的)[^。\\n]{0,40}(?:人民代表大会|人代会|政府工作报告)");
    private static final Pattern TITLE = Pattern.compile("\\d{4}年[^。\\n,:，]{0,20}政府工作报告");
    private static final Pattern REVIEW_AFTER = Pattern.compile("\\d{4}年(?:工作)?(?:回顾|总结)");
    private static final String[] REVIEW_BEFORE = {"回顾", "截至", "截止", "刚刚过去的"};
    private static final Pattern PLAN_YEAR = Pattern.compile("\\d{4}年(?:我[县市区省国]|全[县市区省旗])?(?:经济社会发展)?(?:的)?(?:主要)?(?:工作安排|工作任务|重点工作|预期目标|主要目标|经济社会发展(?:的)?主要预期目标|主要预期目标|目标任务)");
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月");
    private static final String FIVE_YEARS = "今后五年";
    /** 2021年，我国国内生产总值达到114万亿元 / 2021年,预计福州全市…增长: that year's results, so a report of the year after. */
    /** The verbs of a year's results, each of two characters. */
    private static final String[] RESULT_VERBS = {"完成", "实现", "达到", "增长", "突破"};
    private static final Pattern RESULT_OF_YEAR = Pattern.compile("\\d{4}年[,，]?(?:是[^。;；\\n]{0,20}之年[。,，])?([^。;；\\n]{0,24}?)("
            + String.join("|", RESULT_VERBS) + ")");
    private static final Pattern ESTIMATE_AFTER_YEAR = Pattern.compile("\\d{4}年(?:全年)?[,，]?[^。;；\\n]{0,6}?(预计|初步核算|据统计|据初步统计)");
    /** The characters a plan-year heading can go on with after its 年 (我县, 全市, 经济社会发展, 的, 主要, 工作安排 …). */
    private static final String PLAN_YEAR_NEXT = "我全经的主工重预目";
    /** The estimate words' first characters, and how far after a year's start one can begin (年, 全年, a comma, six). */
    private static final String ESTIMATE_FIRST = "预初据";
    private static final int ESTIMATE_REACH = 15;
    /**
     * How far after a year's start a result verb can begin (年, a comma, 是…之年 and its mark, then 24 more): the
     * matcher is reset only where one of the verbs stands that near, whole (a first character alone, 增 of 增加 or
     * 实 of 实施, let most years through).
     */
    private static final int RESULT_REACH = 55;
    private static final Pattern GOAL_WORDS = Pattern.compile("目标|预期|力争|确保|计划|争取|左右|以上|以内");
    /** 今年是“十四五”开局之年: the first year of a five-year plan. */
    private static final Pattern PLAN_OPENS = Pattern.compile("(今年|本年|明年|去年)是[^。，,;；]{0,10}?十([一二三四五])五[^。，,;；]{0,8}?(开局|起步|开篇)之年");
    /** 努力实现“十二五”时期良好开局: a goal for the plan's first year, so a report of that year. */
    private static final Pattern PLAN_GOOD_START = Pattern.compile("(努力|确保|力争|奋力|全力)[^。；;]{0,10}?实现[^。；;]{0,4}?十([一二三四五])五[^。；;]{0,14}?开局");
    /** 胜利完成“十一五”规划 / “十二五”规划确定的主要目标任务全面完成 / 今年是“十三五”收官之年: a plan just ended. */
    private static final Pattern PLAN_CLOSES = Pattern.compile("完成[“\"]?十([一二三四五])五[”\"]?规划|十([一二三四五])五[”\"]?规划[^。；;，,]{0,14}?(全面|胜利|圆满)完成|(今年|去年)是[^。，,;；]{0,10}?十([一二三四五])五[^。，,;；]{0,8}?收官之年");
    private static final Pattern PUBLISHED = Pattern.compile("((?:19|20)\\d{2})(?:-|/|年)(\\d{1,2})(?:-|/|月)\\d{1,2}(?![0-9])");
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(发布|发表|更新|来源|日期|时间|编辑|作者|浏览|点击)");
    /** Years that are horizons, not the present: 到2035年, 2035年远景目标, 2025年前, 2030年前碳达峰. */
    private static final Pattern HORIZON_AFTER = Pattern.compile("\\d{4}年(?:前|以前|之前|远景|末前|底前|时|将|要)");
    private static final int HEAD = 600;

    public Years resolve(String text) {
        Map<Integer, Double> votes = new HashMap<>();
        List<Reason> reasons = new ArrayList<>();
        Integer latest = null;
        int latestAt = -1;
        Matcher delivery = DELIVERY.matcher(text);
        Matcher title = TITLE.matcher(text);
        Matcher reviewAfter = REVIEW_AFTER.matcher(text);
        Matcher planYear = PLAN_YEAR.matcher(text);
        Matcher date = DATE.matcher(text);
        Matcher result = RESULT_OF_YEAR.matcher(text);
        Matcher estimate = ESTIMATE_AFTER_YEAR.matcher(text);
        Matcher horizon = HORIZON_AFTER.matcher(text);
        int nextReport = text.indexOf("政府工作报告"); // where the next title could end: years are met in text order
        for (int s : YearMentions.find(text)) {
            int year = YearMentions.yearAt(text, s);
            int n = text.length();
            // the character after 年 rules most patterns out before a matcher is reset for them (every year written
            // is tried, and reports write hundreds)
            char next = s + 5 < n ? text.charAt(s + 5) : '\n';
            boolean dated = next >= '0' && next <= '9';
            if (dated && delivery.region(s, n).lookingAt()) {
                int y = Integer.parseInt(delivery.group(1)) >= 11 ? year + 1 : year;
                vote(votes, reasons, Reason.at(Reason.What.DELIVERY_LINE, s, delivery.end(), 12, y), y);
            }
            while (nextReport >= 0 && nextReport < s + 5) {
                nextReport = text.indexOf("政府工作报告", nextReport + 1);
            }
            if (nextReport >= 0 && nextReport - s <= 25 && title.region(s, n).lookingAt()) {
                vote(votes, reasons, Reason.at(Reason.What.TITLE, s, title.end(), s < HEAD ? 10 : 4, year), year);
            }
            if ("工回总".indexOf(next) >= 0 && reviewAfter.region(s, n).lookingAt() || endsWithAny(text, s, REVIEW_BEFORE)) {
                vote(votes, reasons, Reason.at(Reason.What.REVIEW_HEADING, s, s + 5, 8, year + 1, year), year + 1);
            }
            if (!dated && PLAN_YEAR_NEXT.indexOf(next) >= 0 && planYear.region(s, n).lookingAt()) {
                vote(votes, reasons, Reason.at(Reason.What.PLAN_HEADING, s, planYear.end(), 8, year), year);
            }
            boolean planEnd = s > 0 && (text.charAt(s - 1) == '到' || text.charAt(s - 1) == '至')
                    || "前以之远末底时将要".indexOf(next) >= 0 && horizon.region(s, n).lookingAt();
            if (!planEnd && !dated && anyOf(text, ESTIMATE_FIRST, s + 5, s + ESTIMATE_REACH)
                    && estimate.region(s, n).lookingAt()) {
                vote(votes, reasons, Reason.at(Reason.What.ESTIMATE_OF_YEAR, s, estimate.end(), 5, year + 1, year), year + 1);
            } else if (!planEnd && !dated && anyWord(text, RESULT_VERBS, s + 5, s + RESULT_REACH)
                    && result.region(s, n).lookingAt() && !GOAL_WORDS.matcher(clause(text, s)).find()) {
                vote(votes, reasons, Reason.at(Reason.What.RESULT_OF_YEAR, s, result.end(), 3, year + 1, year), year + 1);
            }
            if (planEnd && fiveYearsBefore(text, s)) {
                vote(votes, reasons, Reason.at(Reason.What.FIVE_YEARS_TO, s, s + 5, 6, year - 4, year), year - 4);
            }
            if (!planEnd && !(dated && date.region(s, n).lookingAt()) && (latest == null || year > latest)) {
                latest = year;
                latestAt = s;
            }
        }
        // the five-year-plan clues all name a plan, 十一五 … 十五五: look only around those names
        Matcher opens = PLAN_OPENS.matcher(text);
        Matcher start = PLAN_GOOD_START.matcher(text);
        Matcher closes = PLAN_CLOSES.matcher(text);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int p = text.indexOf('十'); p >= 0 && p + 2 < text.length(); p = text.indexOf('十', p + 1)) {
            if (text.charAt(p + 2) != '五' || "一二三四五".indexOf(text.charAt(p + 1)) < 0) {
                continue;
            }
            int from = Math.max(0, p - 24);
            int to = Math.min(text.length(), p + 30);
            // each pattern needs words of its own in the window: the matchers run only where those stand (reports
            // name the plan dozens of times, and each find tried every start of the window)
            boolean canOpen = has(text, "之年", from, to);
            boolean canStart = has(text, "开局", from, to) && has(text, "实现", from, to);
            boolean canClose = has(text, "完成", from, to) || has(text, "收官之年", from, to);
            opens.region(from, to);
            while (canOpen && opens.find()) {
                if (!seen.add(opens.start())) {
                    continue;
                }
                int first = firstYear(opens.group(2));
                int y = switch (opens.group(1)) {
                    case "明年" -> first - 1;
                    case "去年" -> first + 1;
                    default -> first;
                };
                vote(votes, reasons, Reason.at(Reason.What.PLAN_OPENS, opens.start(), opens.end(), 6, y), y);
            }
            start.region(from, to);
            while (canStart && start.find()) {
                if (!seen.add(-1 - start.start())) {
                    continue;
                }
                int y = firstYear(start.group(2));
                vote(votes, reasons, Reason.at(Reason.What.PLAN_OPENS, start.start(), start.end(), 5, y), y);
            }
            closes.region(from, to);
            while (canClose && closes.find()) {
                if (!seen.add(Integer.MIN_VALUE / 2 + closes.start())) {
                    continue;
                }
                String n = closes.group(1) != null ? closes.group(1) : closes.group(2) != null ? closes.group(2) : closes.group(5);
                int end = firstYear(n) + 4;
                int y = "今年".equals(closes.group(4)) ? end : end + 1;
                vote(votes, reasons, Reason.at(Reason.What.PLAN_CLOSES, closes.start(), closes.end(), 6, y, end), y);
            }
        }
        published(text, votes, reasons);
        if (votes.isEmpty()) {
            if (latest == null) {
                return new Years(null, null, List.of(Reason.whole(Reason.What.NO_YEAR, 0)));
            }
            return new Years(latest, latest - 1, List.of(Reason.at(Reason.What.LATEST_YEAR, latestAt, latestAt + 5, 1, latest)));
        }
        // the year with the most weight, the later of equals (a loop: a stream with its comparators was made for every
        // report)
        int best = 0;
        double bestWeight = 0;
        boolean first = true;
        for (Map.Entry<Integer, Double> e : votes.entrySet()) {
            int c = first ? 1 : Double.compare(e.getValue(), bestWeight);
            if (c > 0 || c == 0 && e.getKey() > best) {
                best = e.getKey();
                bestWeight = e.getValue();
            }
            first = false;
        }
        // the reasons for the winner first, then those that voted for other years
        String winner = String.valueOf(best);
        List<Reason> ordered = new ArrayList<>();
        for (Reason r : reasons) {
            if (r.args().get(0).equals(winner)) {
                ordered.add(r);
            }
        }
        for (Reason r : reasons) {
            if (!r.args().get(0).equals(winner)) {
                ordered.add(new Reason(r.what(), r.start(), r.end(), -r.weight(), r.args()));
            }
        }
        return new Years(best, best - 1, ordered);
    }

    /**
     * Publication dates of articles and forum posts (2024-01-12, 发布时间 2020年3月2日): the first few. A date
     * near the top with a label (发布时间, 来源, 日期) is the page's own date and weighs more than one in the body.
     */
    private static void published(String text, Map<Integer, Double> votes, List<Reason> reasons) {
        Matcher d = PUBLISHED.matcher(text);
        int seen = 0;
        // a date starts with 19 or 20: the next 1 and the next 2 are found by indexOf (vectorised), where a loop
        // asked every character of the text
        int one = text.indexOf('1');
        int two = text.indexOf('2');
        for (int i = 0; seen < 3; i++) {
            if (one >= 0 && one < i) {
                one = text.indexOf('1', i);
            }
            if (two >= 0 && two < i) {
                two = text.indexOf('2', i);
            }
            i = one < 0 ? two : two < 0 ? one : Math.min(one, two);
            if (i < 0 || i + 8 >= text.length()) {
                break;
            }
            char c = text.charAt(i);
            if ((c == '1' && text.charAt(i + 1) == '9' || c == '2' && text.charAt(i + 1) == '0')
                    && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
                    && "-/年".indexOf(text.charAt(i + 4)) >= 0 && Character.isDigit(text.charAt(i + 5))
                    && (i == 0 || !Character.isDigit(text.charAt(i - 1))) && d.region(i, text.length()).lookingAt()) {
                int year = Integer.parseInt(d.group(1));
                int y = Integer.parseInt(d.group(2)) >= 11 ? year + 1 : year;
                int lineStart = text.lastIndexOf('\n', i) + 1;
                boolean labelled = i < HEAD && PUBLISHED_LABEL.matcher(text.substring(lineStart, i)).find();
                vote(votes, reasons, Reason.at(Reason.What.PUBLISHED, i, d.end(), labelled ? 5 : 2, y), y);
                seen++;
                i = d.end();
            }
        }
    }

    /** The first year of the five-year plan 十{n}五: 十一五 began in 2006. */
    private static int firstYear(String n) {
        return 2006 + 5 * "一二三四五".indexOf(n.charAt(0));
    }

    /** Whether the text says it was delivered in November or December (so its 今年 is the year it reviews). */
    public static boolean deliveredLate(String text) {
        Matcher delivery = DELIVERY.matcher(text);
        int n = text.length();
        for (int s : YearMentions.find(text)) {
            // a delivery line is dated: a digit after the 年 (the matcher is reset for those only)
            boolean dated = s + 5 < n && text.charAt(s + 5) >= '0' && text.charAt(s + 5) <= '9';
            if (dated && delivery.region(s, n).lookingAt()) {
                return Integer.parseInt(delivery.group(1)) >= 11;
            }
        }
        return false;
    }

    /** The clause from s to the next 。;； or line end (at most 40 chars). */
    private static String clause(String text, int s) {
        int e = s;
        int limit = Math.min(text.length(), s + 40);
        while (e < limit && "。;；\n".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return text.substring(s, e);
    }

    /** 今后五年 … 到2026年 in one sentence. */
    private static boolean fiveYearsBefore(String text, int s) {
        int from = Math.max(0, s - 64);
        String window = text.substring(from, s);
        int i = window.lastIndexOf(FIVE_YEARS);
        return i >= 0 && window.indexOf('。', i) < 0;
    }

    /** Whether word stands whole in text[from, to). */
    private static boolean has(String text, String word, int from, int to) {
        for (int i = from, last = to - word.length(); i <= last; i++) {
            if (text.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of chars stands in text[from, to) (to clipped to the text): a year's clues are tried only then. */
    private static boolean anyOf(String text, String chars, int from, int to) {
        for (int i = from, end = Math.min(to, text.length()); i < end; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of two-character words starts in text[from, to) (to clipped to the text). */
    private static boolean anyWord(String text, String[] words, int from, int to) {
        for (int i = from, end = Math.min(to, text.length() - 1); i < end; i++) {
            char c = text.charAt(i);
            for (String w : words) {
                if (w.charAt(0) == c && w.charAt(1) == text.charAt(i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithAny(String text, int end, String[] words) {
        for (String w : words) {
            if (Units.regionMatches(text, end - w.length(), w)) {
                return true;
            }
        }
        return false;
    }

    private static void vote(Map<Integer, Double> votes, List<Reason> reasons, Reason r, int year) {
        votes.merge(year, r.weight(), Double::sum);
        reasons.add(r);
    }
}
