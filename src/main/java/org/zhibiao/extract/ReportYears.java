package org.zhibiao.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which year a document is the report of (the year it sets targets for) and which year it reviews.
 * Each clue votes for a report year with a weight; the strongest total wins. Clues, strongest first:
 * <ul>
 *   <li>the delivery line, ——2022年12月19日在…人民代表大会…: a report given in November or December is for
 *       the next year;</li>
 *   <li>a title, 2023年…政府工作报告, or 2015年4月27日的…政府工作报告 in an article;</li>
 *   <li>2022年工作回顾 (report year 2023) and 2023年工作安排 / 主要预期目标 (2023);</li>
 *   <li>今后五年 … 到2026年 (a five-year plan from the report year: 2022);</li>
 *   <li>截至2020年年底 / 刚刚过去的2020年 (reviewing 2020: 2021);</li>
 *   <li>failing all these, the latest year the text mentions outside 到…年 plan ends.</li>
 * </ul>
 * Every pattern starts at a year the text writes (see {@link YearMentions}).
 */
public final class ReportYears {

    /** The years found, or nulls when the text names no year at all. */
    public record Years(Integer reportYear, Integer reviewYear) {
    }

    private static final Pattern DELIVERY = Pattern.compile("\\d{4}年(\\d{1,2})月(\\d{1,2})日(?:在|的)[^。\\n]{0,40}(?:人民代表大会|人代会|政府工作报告)");
    private static final Pattern TITLE = Pattern.compile("\\d{4}年[^。\\n,:]{0,20}政府工作报告");
    private static final Pattern REVIEW_AFTER = Pattern.compile("\\d{4}年(?:工作)?(?:回顾|总结)");
    private static final String[] REVIEW_BEFORE = {"回顾", "截至", "截止", "刚刚过去的"};
    private static final Pattern PLAN_YEAR = Pattern.compile("\\d{4}年(?:我[县市区省国]|全[县市区省旗])?(?:经济社会发展)?(?:的)?(?:主要)?(?:工作安排|工作任务|重点工作|预期目标|主要目标|经济社会发展(?:的)?主要预期目标|主要预期目标|目标任务)");
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月");
    private static final String FIVE_YEARS = "今后五年";
    /** 2021年，我国国内生产总值达到114万亿元: a result for that year, so a report of the year after. */
    private static final Pattern RESULT_OF_YEAR = Pattern.compile("\\d{4}年[,，]?(我国|全国|全省|全市|全县|全区|全旗)[^。;；\\n]{0,24}(完成|实现|达到|增长)");
    private static final Pattern PUBLISHED = Pattern.compile("((?:19|20)\\d{2})(?:-|/|年)(\\d{1,2})(?:-|/|月)\\d{1,2}(?![0-9])");

    public Years resolve(String text) {
        Map<Integer, Integer> votes = new HashMap<>();
        Integer latest = null;
        Matcher delivery = DELIVERY.matcher(text);
        Matcher title = TITLE.matcher(text);
        Matcher reviewAfter = REVIEW_AFTER.matcher(text);
        Matcher planYear = PLAN_YEAR.matcher(text);
        Matcher date = DATE.matcher(text);
        Matcher result = RESULT_OF_YEAR.matcher(text);
        for (int s : YearMentions.find(text)) {
            int year = YearMentions.yearAt(text, s);
            if (delivery.region(s, text.length()).lookingAt()) {
                vote(votes, Integer.parseInt(delivery.group(1)) >= 11 ? year + 1 : year, 12);
            }
            if (title.region(s, text.length()).lookingAt()) {
                vote(votes, year, s < 600 ? 10 : 4);
            }
            if (reviewAfter.region(s, text.length()).lookingAt() || endsWithAny(text, s, REVIEW_BEFORE)) {
                vote(votes, year + 1, 8);
            }
            if (planYear.region(s, text.length()).lookingAt()) {
                vote(votes, year, 8);
            }
            if (result.region(s, text.length()).lookingAt() && !result.group().contains("目标") && !result.group().contains("预期")) {
                vote(votes, year + 1, 3);
            }
            boolean planEnd = s > 0 && (text.charAt(s - 1) == '到' || text.charAt(s - 1) == '至');
            if (planEnd && fiveYearsBefore(text, s)) {
                vote(votes, year - 4, 6);
            }
            if (!planEnd && !date.region(s, text.length()).lookingAt() && (latest == null || year > latest)) {
                latest = year;
            }
        }
        // publication dates of articles and forum posts: 2024-01-12, 发布时间 2020年3月2日
        Matcher d = PUBLISHED.matcher(text);
        int seen = 0;
        for (int i = 0; i + 8 < text.length() && seen < 3; i++) {
            char c = text.charAt(i);
            if ((c == '1' || c == '2') && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
                    && d.region(i, text.length()).lookingAt()) {
                int year = Integer.parseInt(d.group(1));
                vote(votes, Integer.parseInt(d.group(2)) >= 11 ? year + 1 : year, 2);
                seen++;
                i = d.end();
            }
        }
        if (votes.isEmpty()) {
            return latest == null ? new Years(null, null) : new Years(latest, latest - 1);
        }
        int best = votes.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        return new Years(best, best - 1);
    }

    /** Whether the text says it was delivered in November or December (so its 今年 is the year it reviews). */
    public static boolean deliveredLate(String text) {
        Matcher delivery = DELIVERY.matcher(text);
        for (int s : YearMentions.find(text)) {
            if (delivery.region(s, text.length()).lookingAt()) {
                return Integer.parseInt(delivery.group(1)) >= 11;
            }
        }
        return false;
    }

    /** 今后五年 … 到2026年 in one sentence. */
    private static boolean fiveYearsBefore(String text, int s) {
        int from = Math.max(0, s - 64);
        String window = text.substring(from, s);
        int i = window.lastIndexOf(FIVE_YEARS);
        return i >= 0 && window.indexOf('。', i) < 0;
    }

    private static boolean endsWithAny(String text, int end, String[] words) {
        for (String w : words) {
            if (Units.regionMatches(text, end - w.length(), w)) {
                return true;
            }
        }
        return false;
    }

    private static void vote(Map<Integer, Integer> votes, int year, int weight) {
        votes.merge(year, weight, Integer::sum);
    }
}
