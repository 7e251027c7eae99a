package org.zhibiao.extract;

import org.zhibiao.model.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each passage of a report is about: past results, several years' results, this year's targets or a
 * multi-year plan, and for which year. Reads headings (short lines) and the cue words of cues.tsv in text
 * order; a heading sets the state of its section, a cue inside a paragraph changes it up to the paragraph's
 * end. Documents open on results, as reports and news articles about them do.
 */
public final class Passages {

    /**
     * The state at a place in the text.
     *
     * @param kind the kind a figure here has unless its own clause says otherwise
     * @param year the year such a figure refers to
     * @param list whether this is a list of main targets (where targets in words count)
     * @param cued whether a heading or cue set this state (rather than the document's default)
     */
    public record Context(Kind kind, Integer year, boolean list, boolean cued) {
    }

    /** 十三五 etc.: the five-year plans by their number, 十一五 (2006–2010) to 十五五 (2026–2030). */
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("[“\"]?十([一二三四五])五[”\"]?(时期|期间|以来|末|规划期|规划目标)?");
    private static final Pattern YEAR_NOT_OF_FIGURE = Pattern.compile("^(以来|起|开始|相比|的基础|同期|水平|底的|以前|之前)");
    private static final String NOT_BEFORE_YEAR = "比较自从与同和";
    private static final int MAX_HEADING = 40;

    private final int reportYear;
    private final int reviewYear;
    private final boolean deliveredLate;
    private final List<int[]> transitions = new ArrayList<>();
    private final List<Context> states = new ArrayList<>();
    private final List<int[]> estimates = new ArrayList<>();
    private final List<int[]> lines = new ArrayList<>();
    private final List<int[]> years = new ArrayList<>();
    private Matcher fyp;
    /** Where the next 十 stands (a five-year plan: 十四五), at or after the line being read; the text's end if none. */
    private int nextTen = -1;

    public Passages(String text, Phrases phrases, int reportYear, int reviewYear, boolean deliveredLate) {
        this(text, text.toCharArray(), phrases, reportYear, reviewYear, deliveredLate);
    }

    /** @param chars the text's characters (the pipeline's CHARS), which the line and cue scans read */
    Passages(String text, char[] chars, Phrases phrases, int reportYear, int reviewYear, boolean deliveredLate) {
        this.reportYear = reportYear;
        this.reviewYear = reviewYear;
        this.deliveredLate = deliveredLate;
        Context section = new Context(Kind.ACTUAL, reviewYear, false, false);
        int n = text.length();
        int ls = 0;
        while (ls < n) {
            int le = text.indexOf('\n', ls);
            if (le < 0) {
                le = n;
            }
            if (!isBlank(chars, ls, le)) {
                lines.add(new int[] {ls, le});
                section = readLine(text, chars, phrases, ls, le, section);
            }
            ls = le + 1;
        }
        Matcher notOfFigure = YEAR_NOT_OF_FIGURE.matcher(text);
        for (int s : YearMentions.find(text)) {
            int end = s + 5;
            boolean date = end < n && Character.isDigit(text.charAt(end));
            boolean excluded = date || s > 0 && NOT_BEFORE_YEAR.indexOf(text.charAt(s - 1)) >= 0
                    || notOfFigure.region(end, Math.min(n, end + 4)).lookingAt();
            if (!excluded) {
                years.add(new int[] {s, YearMentions.yearAt(text, s)});
            }
        }
    }

    private static int indexOrEnd(String text, char c, int from) {
        int i = text.indexOf(c, from);
        return i < 0 ? text.length() : i;
    }

    /** Whether text[from, to) is all white space, as String.isBlank says of it (without the copy). */
    private static boolean isBlank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    private Context readLine(String text, char[] chars, Phrases phrases, int ls, int le, Context section) {
        boolean heading = isHeading(text, ls, le);
        List<Phrases.Cue> cues = new ArrayList<>(phrases.cues(text, chars, ls, le));
        if (nextTen < ls) {
            nextTen = indexOrEnd(text, '十', ls);
        }
        // the next 十 is kept from line to line: found by indexOf (vectorised) once for the text, where each line
        // was read again character by character
        for (; nextTen < le; nextTen = indexOrEnd(text, '十', nextTen + 1)) {
            int i = nextTen;
            if (fyp == null) {
                fyp = FIVE_YEAR_PLAN.matcher(text); // one for the text: a matcher a line was a tenth of this step
            }
            int start = i > ls && (text.charAt(i - 1) == '“' || text.charAt(i - 1) == '"') ? i - 1 : i;
            if (fyp.region(start, le).lookingAt() && (heading || fyp.group(2) != null)) {
                cues.add(new Phrases.Cue(fyp.start(), fyp.end(), null));
            }
        }
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Context state = section;
        push(ls, state);
        boolean cued = false;
        for (Phrases.Cue cue : cues) {
            Context next = cue.type() == null ? fiveYearPlan(text, cue, state) : apply(text, cue, state);
            if (cue.type() == Phrases.CueType.ESTIMATE) {
                estimates.add(new int[] {cue.start(), clauseEnd(text, cue.end(), le)});
            }
            if (heading && cued) {
                continue; // 一、2015年工作回顾和“十二五”发展成就: a heading is about what it names first
            }
            if (next != state) {
                cued = true;
                state = next;
                if (!heading) {
                    push(cue.start(), state);
                }
            }
        }
        if (!heading) {
            if (section.kind() == Kind.PERIOD && opensWithYear(text, ls, le, reviewYear)) {
                // 2015年，面对…: inside a review of the five years, a paragraph that opens with the year under review
                // begins that year's own review, for the paragraphs that follow too (——综合实力稳步提升。…)
                Context year = new Context(Kind.ACTUAL, reviewYear, false, true);
                push(ls, year);
                return year;
            }
            return section;
        }
        if (!cued && mentionsYear(text, ls, le, reportYear)) {
            state = new Context(Kind.TARGET, reportYear, false, true); // 二、2023年工作安排
        }
        push(ls, state);
        return state;
    }

    private Context apply(String text, Phrases.Cue cue, Context state) {
        String word = text.substring(cue.start(), cue.end());
        boolean inPlan = state.kind() == Kind.PLAN;
        return switch (cue.type()) {
            case REVIEW -> new Context(Kind.ACTUAL, reviewYear, false, true);
            // 全年新增市场主体6282个 in an article about five years: that year's result
            case ONEYEAR -> state.kind() == Kind.PERIOD ? new Context(Kind.ACTUAL, reviewYear, false, true) : state;
            case PERIOD -> new Context(Kind.PERIOD, reviewYear, false, true);
            // a report given in December speaks of the year ending as 今年 and of the plan year as 明年
            case TARGET -> deliveredLate && word.startsWith("今年") ? new Context(Kind.ACTUAL, reviewYear, false, true)
                    : new Context(Kind.TARGET, reportYear, false, true);
            // a list of main targets inside a plan passage lists the plan's targets
            // (2016年主要预期目标 names the report year: this year's list, even right after the plan's)
            case TARGETLIST -> inPlan && !namesReportYearBefore(text, cue.start())
                    ? new Context(Kind.PLAN, state.year(), true, true)
                    : new Context(Kind.TARGET, reportYear, true, true);
            case PLANLIST -> new Context(Kind.PLAN, inPlan ? state.year() : planEnd(word, reportYear + 4), true, true);
            case PLAN -> {
                Integer year = planEnd(word, inPlan ? state.year() : reportYear + 4);
                if (year == null || year <= reviewYear) {
                    yield state; // 到2022年底 in a review of 2022 is no plan
                }
                yield new Context(Kind.PLAN, year, inPlan && state.list(), true);
            }
            default -> state;
        };
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    /** 2016年主要预期目标, 2016年全市经济社会发展的主要预期目标: the report year written just before a cue. */
    private boolean namesReportYearBefore(String text, int cueStart) {
        int from = Math.max(0, cueStart - 16);
        // looked for within the 16 chars only: lastIndexOf went back through the whole text before every cue
        // without one (quadratic in a long report)
        String yearWord = reportYear + "年";
        int i = cueStart;
        while (i >= from && !text.startsWith(yearWord, i)) {
            i--;
        }
        return i >= from && text.substring(i, cueStart).indexOf('\n') < 0 && text.substring(i, cueStart).indexOf('。') < 0;
    }

    private Integer planEnd(String word, Integer otherwise) {
        Matcher m = YEAR.matcher(word);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        if (word.contains("五年")) {
            return reportYear + 4; // 今后五年 in a 2022 report runs 2022–2026
        }
        if (word.contains("三年")) {
            return reportYear + 2;
        }
        return otherwise;
    }

    private Context fiveYearPlan(String text, Phrases.Cue cue, Context state) {
        Matcher m = FIVE_YEAR_PLAN.matcher(text.substring(cue.start(), cue.end()));
        if (!m.matches()) {
            return state;
        }
        int end = 2005 + 5 * "一二三四五".indexOf(m.group(1).charAt(0)) + 5;
        return end <= reviewYear ? new Context(Kind.PERIOD, end, false, true) : new Context(Kind.PLAN, end, false, true);
    }

    private void push(int pos, Context c) {
        if (!transitions.isEmpty() && transitions.get(transitions.size() - 1)[0] == pos) {
            states.set(states.size() - 1, c);
            return;
        }
        transitions.add(new int[] {pos});
        states.add(c);
    }

    /** The passage state in force at {@code pos}. */
    public Context at(int pos) {
        int lo = 0;
        int hi = transitions.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (transitions.get(mid)[0] <= pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? new Context(Kind.ACTUAL, reviewYear, false, false) : states.get(found);
    }

    /** Whether {@code pos} lies in a clause that says it is an estimate of a result (预计…). */
    public boolean isEstimate(int pos) {
        int i = lastStartingAtOrBefore(estimates, pos);
        // estimates are few and short; look back over the ones that start before pos
        for (int k = i; k >= 0 && k > i - 4; k--) {
            int[] e = estimates.get(k);
            if (e[0] <= pos && pos < e[1]) {
                return true;
            }
        }
        return false;
    }

    /** Where the passage state in force at {@code pos} began (a cue, a heading or a line start). */
    public int stateStart(int pos) {
        int i = lastStartingAtOrBefore(transitions, pos);
        return i < 0 ? 0 : transitions.get(i)[0];
    }

    /** The nearest year written before {@code pos} in the same line, as {offset, year}, or null. */
    public int[] yearMentionBefore(int pos) {
        int l = lastStartingAtOrBefore(lines, pos);
        int lineStart = l < 0 ? 0 : lines.get(l)[0];
        int y = lastStartingAtOrBefore(years, pos - 1);
        return y >= 0 && years.get(y)[0] >= lineStart ? years.get(y) : null;
    }

    /** The nearest year written before {@code pos} in the same line (2017年,全县实现…), or null. */
    public Integer yearBefore(int pos) {
        int[] y = yearMentionBefore(pos);
        return y == null ? null : y[1];
    }

    /** Index of the last entry whose first element is at most {@code pos} (entries sorted by it), or -1. */
    private static int lastStartingAtOrBefore(List<int[]> sorted, int pos) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid)[0] <= pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    public int reportYear() {
        return reportYear;
    }

    /** Whether the report was given in November or December for the next year. */
    public boolean deliveredLate() {
        return deliveredLate;
    }

    public int reviewYear() {
        return reviewYear;
    }

    static boolean isHeading(String text, int ls, int le) {
        int chars = 0;
        for (int i = ls; i < le; i++) {
            char c = text.charAt(i);
            if (c == '。') {
                return false;
            }
            if (!Character.isWhitespace(c) && ++chars > MAX_HEADING) {
                return false; // a paragraph: the rest of it need not be read
            }
        }
        return chars > 0;
    }

    /** A paragraph that opens with the year: 2015年，… / 2015年是… / 2015年全市… */
    private static boolean opensWithYear(String text, int ls, int le, int year) {
        int i = ls;
        while (i < le && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        String y = year + "年";
        if (!text.startsWith(y, i) || i + 5 >= le) {
            return false;
        }
        char next = text.charAt(i + 5);
        return next == ',' || next == '，' || next == '是' || next == '全' || next == '我';
    }

    /** Whether a heading names the year, not as part of a date (a page's 日期:2022年01月24日 line is no heading). */
    private static boolean mentionsYear(String text, int ls, int le, int year) {
        String line = text.substring(ls, le);
        int i = line.indexOf(year + "年");
        while (i >= 0) {
            int after = i + 5;
            if (after >= line.length() || !Character.isDigit(line.charAt(after))) {
                return true;
            }
            i = line.indexOf(year + "年", after);
        }
        return false;
    }

    private static int clauseEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '!' || c == '?') {
                return i;
            }
        }
        return limit;
    }
}
