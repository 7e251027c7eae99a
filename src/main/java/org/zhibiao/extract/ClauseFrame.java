package org.zhibiao.extract;

import org.zhibiao.model.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * The kind and year of a figure from its own clause, read against its passage. Reads: the passages (what each
 * part of the report is about) and the clause around a figure. A passage says what its figures are unless the
 * figure's own words say otherwise:
 * <ul>
 *   <li>a result word in the clause (据统计, 初步核算, 同比增长, 预计 in a review of the year) makes a result of the
 *       year reviewed, even in a passage of targets;</li>
 *   <li>a goal word in the figure's own phrase (预期, 力争, 确保, 目标为) makes a target of the report year, even in
 *       a review — unless it reports the goal met (完成年初目标); 控制在…以内 only where no heading or cue set the
 *       passage, since reviews say 登记失业率控制在3.6%以内 of a result too;</li>
 *   <li>a year written before the name in the clause (2017年，全县实现…) is the figure's year; the report year
 *       written before a figure outside a review makes a target (2017年全省生产总值增长8%左右 in a 2017 article);</li>
 *   <li>numbers to the hundredth with no bound and no goal word (达到9321.19亿元) are measured: a result;</li>
 *   <li>a level that grew from one number to another (从80亿元增长到150亿元) is a result over several years;</li>
 *   <li>年均 makes a result over several years ({@code period}) in a review and a multi-year target ({@code plan})
 *       among targets.</li>
 * </ul>
 * Every figure records which of these decided it.
 */
final class ClauseFrame {

    /** A figure's kind and year, and why. */
    record Placement(Kind kind, Integer year, List<Reason> reasons, boolean overruled) {
    }

    private static final String SENTENCE_BREAKS = "。;；!?！？\n";
    private static final int LOOK_BACK = 40;

    private final String text;
    private final Passages passages;
    private final Phrases phrases;

    ClauseFrame(String text, Passages passages, Phrases phrases) {
        this.text = text;
        this.passages = passages;
        this.phrases = phrases;
    }

    /**
     * @param nameStart where the indicator's name starts
     * @param end       where the figure's numbers end (a cue between name and number counts: 经济增长预期目标为5%)
     * @param average   whether its rate is an average annual one (年均)
     * @param rate      whether the indicator is a rate itself (登记失业率)
     * @param qualified whether its number carries 左右, 以内 or 以上
     * @param fromTo    whether its level ends a growth from one number to another (从80亿元增长到150亿元): a period
     * @param precise   whether its numbers are stated to the hundredth, as measured results are
     */
    Placement place(int nameStart, int end, boolean average, boolean rate, boolean qualified, boolean fromTo,
                    boolean precise) {
        List<Reason> why = new ArrayList<>();
        int at = Math.max(nameStart, Math.min(end, text.length()) - 1);
        Passages.Context ctx = passages.at(at);
        Kind kind = ctx.kind();
        Integer year = ctx.year();
        int ps = passages.stateStart(at);
        why.add(Reason.at(ctx.cued() ? Reason.What.PASSAGE : Reason.What.PASSAGE_DEFAULT, ps, Math.min(text.length(), ps + 12),
                ctx.cued() ? 1 : 0.5, kind.code(), year));
        boolean overruled = false;
        int clauseStart = clauseStart(nameStart);
        int clauseEnd = Math.min(text.length(), Math.max(end, nameStart));
        if (passages.isEstimate(nameStart)) {
            if (kind != Kind.ACTUAL) {
                overruled = true;
            }
            kind = Kind.ACTUAL;
            year = passages.reviewYear();
            why.add(Reason.at(Reason.What.ESTIMATE, nameStart, clauseEnd, 1));
        } else if ((kind == Kind.TARGET || kind == Kind.PLAN) && !average) {
            Phrases.Cue result = phrases.first(text, clauseStart, clauseEnd, Phrases.CueType.RESULT);
            // a goal word matters only against a result word or a precise number: looked for only then (most targets
            // have neither, and the look was a regular expression tried at every likely start in the clause)
            boolean goal = (result != null || precise && !qualified && kind == Kind.TARGET)
                    && phrases.first(text, clauseStart, clauseEnd, Phrases.CueType.GOAL) != null;
            if (result != null && !goal) {
                kind = Kind.ACTUAL;
                year = passages.reviewYear();
                overruled = true;
                why.add(Reason.at(Reason.What.CLAUSE_RESULT, result.start(), result.end(), 1, word(result)));
            } else if (precise && !qualified && !goal && kind == Kind.TARGET) {
                kind = Kind.ACTUAL;
                year = passages.reviewYear();
                overruled = true;
                why.add(Reason.at(Reason.What.PRECISE, nameStart, clauseEnd, 0.5));
            }
        } else if (kind == Kind.ACTUAL || kind == Kind.PERIOD) {
            Phrases.Cue goal = goal(phraseStart(nameStart), clauseEnd, qualified && !ctx.cued());
            if (goal != null) {
                kind = average ? Kind.PLAN : Kind.TARGET;
                year = average ? passages.reportYear() + 4 : passages.reportYear();
                overruled = true;
                why.add(Reason.at(Reason.What.CLAUSE_GOAL, goal.start(), goal.end(), 1, word(goal)));
            }
        }
        Integer written = passages.yearBefore(nameStart);
        int[] writtenAt = passages.yearMentionBefore(nameStart);
        if (written != null && written == passages.reportYear() && kind == Kind.ACTUAL && !ctx.cued()
                && !passages.deliveredLate() && !passages.isEstimate(nameStart) && writtenAt[0] >= clauseStart) {
            // 2017年全省生产总值增长8%左右 in an article on the 2017 report: the report year's results do not exist yet
            kind = Kind.TARGET;
            year = written;
            overruled = true;
            why.add(yearReason(nameStart, written));
        } else if (written != null) {
            if (kind == Kind.ACTUAL && written < passages.reportYear() && !written.equals(year)) {
                year = written;
                why.add(yearReason(nameStart, written));
            } else if (kind == Kind.TARGET && written >= passages.reportYear() && written <= passages.reportYear() + 1
                    && !written.equals(year)) {
                year = written;
                why.add(yearReason(nameStart, written));
            }
        }
        int[] mention = passages.yearMentionBefore(nameStart);
        if (kind == Kind.PERIOD && !average && mention != null && mention[0] >= passages.stateStart(nameStart)
                && mention[1] <= passages.reviewYear()) {
            kind = Kind.ACTUAL; // 2015年，全县完成地区生产总值… inside a review of the five years
            year = mention[1];
            why.add(Reason.at(Reason.What.ONE_YEAR_IN_PERIOD, mention[0], mention[0] + 5, 1, mention[1]));
        }
        if (fromTo && kind == Kind.ACTUAL) {
            kind = Kind.PERIOD; // 从80亿元增长到150亿元: growth over several years
            why.add(Reason.at(Reason.What.CLAUSE_PERIOD, nameStart, clauseEnd, 1));
        }
        if (kind == Kind.PERIOD && rate) {
            kind = Kind.ACTUAL; // a rate at the end of a period (研发投入强度达到1.35%) is that year's figure
            why.add(Reason.whole(Reason.What.RATE_AT_END, 0));
        }
        if (average && kind == Kind.ACTUAL) {
            kind = Kind.PERIOD; // 年均增长 in a review: several years' result
            why.add(Reason.whole(Reason.What.AVERAGE_RATE, 0, Kind.PERIOD.code()));
        } else if (average && kind == Kind.TARGET) {
            kind = Kind.PLAN;
            year = passages.reportYear() + 4;
            why.add(Reason.whole(Reason.What.AVERAGE_RATE, 0, Kind.PLAN.code()));
        }
        return new Placement(kind, year, why, overruled);
    }

    /** A goal word in the clause that is not the report of a goal met; 控制在 counts only with a bound. */
    private Phrases.Cue goal(int from, int to, boolean qualified) {
        Phrases.Cue goal = phrases.first(text, from, to, Phrases.CueType.GOAL);
        if (goal == null) {
            int c = text.substring(from, to).indexOf("控制在");
            if (c < 0 || !qualified) {
                return null;
            }
            goal = new Phrases.Cue(from + c, from + c + 3, Phrases.CueType.GOAL);
        }
        if (phrases.first(text, Math.max(from, goal.start() - 6), Math.min(to, goal.end() + 2), Phrases.CueType.NOTGOAL) != null) {
            return null;
        }
        return goal;
    }

    private Reason yearReason(int pos, int year) {
        int[] m = passages.yearMentionBefore(pos);
        return m == null ? Reason.whole(Reason.What.YEAR_WRITTEN, 1, year) : Reason.at(Reason.What.YEAR_WRITTEN, m[0], m[0] + 5, 1, year);
    }

    private String word(Phrases.Cue c) {
        return text.substring(c.start(), c.end());
    }

    /** The start of the phrase a name stands in: after the last comma or sentence break, at most 40 chars back. */
    private int phraseStart(int pos) {
        int stop = Math.max(0, pos - LOOK_BACK);
        for (int i = pos - 1; i >= stop; i--) {
            if (SENTENCE_BREAKS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == ',' || text.charAt(i) == '，') {
                return i + 1;
            }
        }
        return stop;
    }

    /** The start of the clause a name stands in: after the last sentence break, looking back at most 40 chars. */
    private int clauseStart(int pos) {
        int stop = Math.max(0, pos - LOOK_BACK);
        for (int i = pos - 1; i >= stop; i--) {
            if (SENTENCE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return stop;
    }
}
