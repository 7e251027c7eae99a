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
 */
public final class ReportYears {

    /** The years found, or nulls when the text names no year at all. */
    public record Years(Integer reportYear, Integer reviewYear) {
    }

    private static final String Y = "((?:19|20)\\d{2})";
    private static final Pattern DELIVERY = Pattern.compile(Y + "年(\\d{1,2})月(\\d{1,2})日(?:在|的)[^。\\n]{0,40}(?:人民代表大会|人民代表大會|人代会|政府工作报告)");
    private static final Pattern TITLE = Pattern.compile(Y + "年[^。\\n,:]{0,20}政府工作报告");
    private static final Pattern REVIEW = Pattern.compile(Y + "年(?:工作)?(?:回顾|总结)|回顾" + Y + "年|(?:截至|截止|刚刚过去的)" + Y + "年");
    private static final Pattern PLAN_YEAR = Pattern.compile(Y + "年(?:我[县市区省国])?(?:的)?(?:主要)?(?:工作安排|工作任务|重点工作|预期目标|主要目标|经济社会发展(?:的)?主要预期目标|主要预期目标|目标任务)");
    private static final Pattern FIVE_YEARS = Pattern.compile("今后五年[^。]{0,60}?到" + Y + "年");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![0-9到至])" + Y + "年(?!\\d{0,2}月)");

    /** Whether the text says it was delivered in November or December (so its 今年 is the year it reviews). */
    public static boolean deliveredLate(String text) {
        Matcher m = DELIVERY.matcher(text);
        return m.find() && Integer.parseInt(m.group(2)) >= 11;
    }

    public Years resolve(String text) {
        Map<Integer, Integer> votes = new HashMap<>();
        Matcher m = DELIVERY.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            vote(votes, month >= 11 ? year + 1 : year, 12);
        }
        m = TITLE.matcher(text);
        while (m.find()) {
            vote(votes, Integer.parseInt(m.group(1)), m.start() < 600 ? 10 : 4);
        }
        m = REVIEW.matcher(text);
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            vote(votes, Integer.parseInt(g) + 1, 8);
        }
        m = PLAN_YEAR.matcher(text);
        while (m.find()) {
            vote(votes, Integer.parseInt(m.group(1)), 8);
        }
        m = FIVE_YEARS.matcher(text);
        while (m.find()) {
            vote(votes, Integer.parseInt(m.group(1)) - 4, 6);
        }
        if (votes.isEmpty()) {
            Integer latest = null;
            m = ANY_YEAR.matcher(text);
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if (latest == null || year > latest) {
                    latest = year;
                }
            }
            if (latest == null) {
                return new Years(null, null);
            }
            return new Years(latest, latest - 1);
        }
        int best = votes.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        return new Years(best, best - 1);
    }

    private static void vote(Map<Integer, Integer> votes, int year, int weight) {
        votes.merge(year, weight, Integer::sum);
    }
}
