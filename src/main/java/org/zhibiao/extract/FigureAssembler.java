package org.zhibiao.extract;

import org.zhibiao.model.Kind;
import org.zhibiao.model.Qualifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns indicator names and the numbers after them into figures. Reads: the lexicon matches, the quantities
 * and the passage states of one document. Adds: one draft per (name, indicator) that states a level, a growth
 * rate or a target in words.
 *
 * <p>A name owns the text up to the next name or the end of its sentence. In it, the level is the first number
 * in a unit the indicator can have, close to the name with no clause break between (地区生产总值完成129亿元);
 * the growth rate is the first percentage introduced by a growth word, in the same or the next clause
 * (,同比增长3.1%). A 分别 list spreads its numbers over the names before it, in order, counting names of
 * things that are not core indicators (财政总收入和地方财政收入分别增长10.6%和12.3%).
 */
final class FigureAssembler {

    private static final String CLAUSE_BREAKS = ",;:、。!?";
    private static final String SENTENCE_BREAKS = "。;!?\n";
    private static final String LIST_SEPARATORS = "和、与及,";
    private static final int MAX_LEVEL_GAP = 15;
    private static final int MAX_GROWTH_GAP = 14;
    private static final int MAX_SENTENCE = 600;

    private final Lexicon lexicon;
    private final Phrases phrases;
    /**
     * Each term's place in its table (terms.tsv:12) and the start of a rule's description, made once: a draft's
     * reasons and rule were concatenating them for every figure of every report, a few percent of the engine.
     */
    private final java.util.IdentityHashMap<Term, String[]> termWords = new java.util.IdentityHashMap<>();

    FigureAssembler(Lexicon lexicon, Phrases phrases) {
        this.lexicon = lexicon;
        this.phrases = phrases;
        for (Term t : lexicon.terms()) {
            termWords.put(t, words(t));
        }
    }

    private static String[] words(Term t) {
        String origin = t.source() + ":" + t.line();
        return new String[] {origin, origin + " " + t.id() + " '" + t.name() + "'"};
    }

    /** The term's origin (0) and the start of its rule (1); the map is only read once built, by any thread. */
    private String[] wordsOf(Term t) {
        String[] w = termWords.get(t);
        return w != null ? w : words(t);
    }

    /** A place a 分别 list can fill: a core indicator's draft, or null for a name that is not one. */
    private record Slot(int sentence, Draft draft) {
    }

    /** A name with no number of its own, joined to the next name: it may share that name's rate. */
    private record Waiting(int sentence, Draft draft, TermMatch mention) {
    }

    List<Draft> assemble(String text, List<TermMatch> mentions, List<Quantity> quantities, Passages passages,
                         ClauseFrame clauses, DocumentFrame frame) {
        List<Draft> drafts = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        List<Waiting> waiting = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            TermMatch m = mentions.get(i);
            // scans stop at the next name or a sentence's length: a text of one endless line stays linear
            int nextName = i + 1 < mentions.size() ? mentions.get(i + 1).start() : text.length();
            int scopeEnd = indexOfAny(text, SENTENCE_BREAKS, m.end(), Math.min(nextName, m.end() + MAX_SENTENCE));
            int sentenceStart = lastIndexOfAny(text, SENTENCE_BREAKS, m.start(), MAX_SENTENCE) + 1;
            if (m.term().blocks() || isSubArea(text, m)) {
                slots.add(new Slot(sentenceStart, null));
                readList(text, m, scopeEnd, quantities, slots, sentenceStart);
                continue;
            }
            List<Draft> own = new ArrayList<>();
            for (String code : m.term().indicators()) {
                Draft d = new Draft(code, m.term(), m.start(), m.end());
                own.add(d);
                slots.add(new Slot(sentenceStart, d));
            }
            boolean coordinated = own.size() > 1 || !waiting.isEmpty() && waiting.get(0).sentence() == sentenceStart;
            read(text, m, scopeEnd, quantities, own, slots, sentenceStart, coordinated);
            if (!waiting.isEmpty()) {
                shareRate(text, waiting, own, sentenceStart, passages, clauses, frame);
                waiting.clear();
            }
            for (Draft d : own) {
                finish(text, d, m, passages, clauses, frame);
            }
            if (joinsNext(text, m.end(), nextName) && own.stream().allMatch(Draft::isEmpty)) {
                for (Draft d : own) {
                    waiting.add(new Waiting(sentenceStart, d, m));
                }
            }
            drafts.addAll(own);
        }
        drafts.removeIf(Draft::isEmpty);
        return drafts;
    }


    /** A draft's kind and year from its clause against its passage, a target in words, its reasons and confidence. */
    private void finish(String text, Draft d, TermMatch m, Passages passages, ClauseFrame clauses, DocumentFrame frame) {
            // a cue between the name and its number counts (经济增长预期目标为5%左右): the state where the figure ends
            int at = Math.max(m.start(), Math.min(d.end, text.length()) - 1);
            Passages.Context ctx = passages.at(at);
            boolean qualified = d.qualifier() != Qualifier.NONE;
            ClauseFrame.Placement place = clauses.place(m.start(), d.end, d.average,
                    lexicon.indicator(d.indicator).isRate(), qualified, d.fromTo, precise(d));
            d.kind = place.kind();
            d.year = place.year();
            if (d.isEmpty() && ctx.list() && (d.kind == Kind.TARGET || d.kind == Kind.PLAN)) {
                int clauseEnd = indexOfAny(text, ",;。\n", m.end(), Math.min(text.length(), m.end() + 60));
                if (phrases.isQualitative(text.substring(m.end(), clauseEnd))) {
                    d.qualitative = true;
                    d.extendTo(clauseEnd);
                }
            }
            d.reasons.addAll(place.reasons());
            d.reasons.addAll(0, numberReasons(d, m));
            d.confidence = Confidence.of(d, ctx, place, frame, m.term().priority());
            d.rule = describe(d, ctx, place);
    }

    /** Numbers stated to the hundredth (9321.19亿元, 增长7.23%): results are measured, targets are round. */
    private static boolean precise(Draft d) {
        return d.value != null && d.value.scale() >= 2 && !"%".equals(d.unit)
                || d.growth != null && d.growth.stripTrailingZeros().scale() >= 2;
    }

    /** A name joined to the next by 和, 、, 与 or 及 and nothing else (城镇居民人均可支配收入和农村居民人均纯收入…). */
    private static boolean joinsNext(String text, int end, int nextName) {
        if (nextName >= text.length() || nextName - end > 2) {
            return false;
        }
        String between = text.substring(end, nextName);
        return between.equals("和") || between.equals("、") || between.equals("与") || between.equals("及")
                || between.equals("以及");
    }

    /**
     * Names joined by 和 before a name with one rate share it (城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%):
     * report language states one rate for both. A list of rates was already spread over the names (targetsFor).
     */
    private void shareRate(String text, List<Waiting> waiting, List<Draft> own, int sentenceStart, Passages passages,
                           ClauseFrame clauses, DocumentFrame frame) {
        Draft last = own.get(own.size() - 1);
        for (Waiting w : waiting) {
            Draft d = w.draft();
            if (w.sentence() != sentenceStart) {
                continue;
            }
            if (d.growth == null && last.growth != null && !lexicon.indicator(d.indicator).isRate()) {
                d.growth = last.growth;
                d.average = last.average;
                d.growthQualifier = last.growthQualifier;
                d.extendTo(last.end);
                d.fromList = true;
                d.reasons.clear();
                d.reasons.add(Reason.whole(Reason.What.LIST, 0.5));
            } else if (d.isEmpty() && d.value == null) {
                continue;
            } else {
                d.reasons.clear();
                d.reasons.add(Reason.whole(Reason.What.LIST, 0.5));
            }
            finish(text, d, w.mention(), passages, clauses, frame);
        }
    }

    private void read(String text, TermMatch m, int scopeEnd, List<Quantity> quantities, List<Draft> own,
                      List<Slot> slots, int sentenceStart, boolean coordinated) {
        Indicator indicator = lexicon.indicator(own.get(0).indicator);
        int qi = firstAtOrAfter(quantities, m.end());
        int cursor = m.end();
        int levelIndex = -1;
        // the level
        for (int k = qi; k < quantities.size() && quantities.get(k).start() < scopeEnd; k++) {
            Quantity q = quantities.get(k);
            Phrases.GrowthHit growth = q.isPercent() ? phrases.growthBefore(text, q.start(), m.start()) : null;
            if (indicator.isRate()) {
                if (q.isPercent() && !phrases.contains(text, cursor, q.start(), Phrases.CueType.GAPBLOCK) && gapOk(text, cursor, growth != null ? growth.start() : q.start(), MAX_LEVEL_GAP, 0)) {
                    levelIndex = k;
                }
                break;
            }
            if (growth != null) {
                break;
            }
            boolean fits = q.unitClass().equals(indicator.unitClass());
            if (fits && phrases.contains(text, cursor, q.start(), Phrases.CueType.GAPBLOCK)) {
                break; // 固定资产投资项目总投资50亿元: the number is something else's
            }
            if (fits && gapOk(text, cursor, q.start(), MAX_LEVEL_GAP, 0)) {
                levelIndex = k;
                break;
            }
            if (fits || "rate".equals(q.unitClass())) {
                break;
            }
            // 粮食播种面积129万亩,产量10.63亿斤: another measure of the same thing, then the figure
            int after = afterQualifier(text, q.end());
            if (after < scopeEnd && CLAUSE_BREAKS.indexOf(text.charAt(after)) >= 0
                    && phrases.startsWith(text, after + 1, scopeEnd, Phrases.CueType.CONTINUATION)) {
                cursor = after + 1;
                continue;
            }
            break;
        }
        int anchor = m.end();
        if (levelIndex >= 0 && !indicator.isRate()) {
            int later = laterLevel(text, quantities, levelIndex, scopeEnd, indicator);
            if (later >= 0) {
                boolean from = startsFrom(text, quantities.get(levelIndex));
                levelIndex = later;
                for (Draft d : own) {
                    d.fromTo = from;
                }
            }
        }
        if (levelIndex >= 0) {
            Quantity q = quantities.get(levelIndex);
            int end = afterQualifier(text, q.end());
            if (end < text.length() && text.charAt(end) == '的') {
                return; // 超过60万亿元的高基数: a description, not a statement of the figure
            }
            List<Quantity> list = listFrom(text, quantities, levelIndex, cursor, scopeEnd, coordinated);
            assignLevels(text, list, own, slots, sentenceStart);
            anchor = afterQualifier(text, list.get(list.size() - 1).end());
            qi = levelIndex + list.size();
            if (indicator.isRate()) {
                return;
            }
        }
        // the growth rate
        for (int k = qi; k < quantities.size() && quantities.get(k).start() < scopeEnd; k++) {
            Quantity q = quantities.get(k);
            if (!q.isPercent()) {
                if ("倍".equals(q.unit()) && levelIndex < 0) {
                    continue; // 是2010年的1.8倍，年均增长12.4%: a multiple of an earlier year, then the rate
                }
                break;
            }
            Phrases.GrowthHit growth = phrases.growthBefore(text, q.start(), m.start());
            if (growth == null) {
                break;
            }
            if (!gapOk(text, anchor, Math.max(anchor, growth.start()), MAX_GROWTH_GAP, 1)) {
                break;
            }
            List<Quantity> list = listFrom(text, quantities, k, anchor, scopeEnd, coordinated);
            assignGrowth(text, list, growth, own, slots, sentenceStart);
            if (levelIndex < 0 && list.size() == 1 && k + 1 < quantities.size()) {
                levelAfterGrowth(text, quantities.get(k + 1), afterQualifier(text, q.end()), scopeEnd, own);
            }
            break;
        }
    }

    /**
     * A level that the clause itself replaces with a later, exact one: 从80亿元增长到150亿元 (the end of a period's
     * growth) and 突破9000亿元，达到9321.19亿元 (a round bound, then the figure). Returns the later one's index or -1.
     */
    private int laterLevel(String text, List<Quantity> quantities, int k, int scopeEnd, Indicator indicator) {
        if (k + 1 >= quantities.size()) {
            return -1;
        }
        Quantity q = quantities.get(k);
        Quantity next = quantities.get(k + 1);
        if (next.start() >= scopeEnd || !next.unitClass().equals(indicator.unitClass()) || next.start() - q.end() > 16) {
            return -1;
        }
        String between = text.substring(afterQualifier(text, q.end()), next.start());
        if (startsFrom(text, q) && FROM_TO.matcher(between).matches()) {
            return k + 1;
        }
        Phrases.QualifierWord bound = phrases.qualifierBefore(text, q.start());
        if (bound != null && bound.qualifier() == Qualifier.AT_LEAST && THEN_EXACT.matcher(between).matches()) {
            return k + 1;
        }
        return -1;
    }

    /** 从80亿元…, 由80亿元…: the start of a growth from one level to another. */
    private boolean startsFrom(String text, Quantity q) {
        return q.start() > 0 && phrases.endsWith(text, Math.max(0, q.start() - 9), q.start(), Phrases.CueType.FROMTO);
    }

    private static final java.util.regex.Pattern FROM_TO = java.util.regex.Pattern.compile(
            "(增长|增加|提高|上升|扩大|跃升|提升|攀升)?(到|至)(\\d{4}年(底|末)?的?)?");
    private static final java.util.regex.Pattern THEN_EXACT = java.util.regex.Pattern.compile("[,，]?(达到|达|为|实现|至)");

    /** 地区生产总值年均增长8.5%，到2020年达到430亿元: the level a rate leads to, in the clause after it. */
    private void levelAfterGrowth(String text, Quantity q, int from, int scopeEnd, List<Draft> own) {
        if (q.start() >= scopeEnd || own.size() != 1 || !fits(own.get(0), q) || !q.unitClass().equals("money")
                && !q.unitClass().equals("people") && !q.unitClass().equals("weight")) {
            return;
        }
        java.util.regex.Matcher intro = phrases.matcher(Phrases.CueType.LEVELAFTER, text);
        Phrases.QualifierWord before = phrases.qualifierBefore(text, q.start());
        boolean introduced = intro.region(from, q.start()).matches()
                || before != null && intro.region(from, q.start() - before.word().length()).matches();
        if (!introduced) {
            return;
        }
        Draft d = own.get(0);
        d.value = q.value();
        d.unit = q.unit();
        d.valueQualifier = qualifierOf(text, q, Qualifier.NONE);
        d.extendTo(afterQualifier(text, q.end()));
    }

    /**
     * A name that is not a core indicator can still end a 分别 list whose numbers belong partly to the core names
     * before it: 城镇登记失业率、居民消费价格指数和人口自增率分别控制在4.2%、3%、2.5‰以内.
     */
    private void readList(String text, TermMatch m, int scopeEnd, List<Quantity> quantities, List<Slot> slots,
                          int sentenceStart) {
        int fenbie = text.substring(m.end(), Math.max(m.end(), scopeEnd)).indexOf("分别");
        if (fenbie < 0) {
            return;
        }
        fenbie += m.end();
        int k = firstAtOrAfter(quantities, fenbie);
        if (k >= quantities.size() || quantities.get(k).start() >= scopeEnd
                || !gapOk(text, fenbie, quantities.get(k).start(), MAX_LEVEL_GAP, 0)) {
            return;
        }
        List<Quantity> list = listFrom(text, quantities, k, fenbie, scopeEnd, true);
        if (list.size() < 2) {
            return;
        }
        Phrases.GrowthHit growth = list.get(0).isPercent() ? phrases.growthBefore(text, list.get(0).start(), fenbie) : null;
        if (growth != null) {
            assignGrowth(text, list, growth, List.of(), slots, sentenceStart);
        } else {
            assignLevels(text, list, List.of(), slots, sentenceStart);
        }
    }

    /**
     * The numbers of a list starting at quantities[k], or just quantities[k]: a list after 分别, or after names that
     * call for several numbers (城乡居民人均可支配收入X元和Y元; 城镇和农村…年均增长a%和b%), as reports also write them
     * without 分别.
     */
    private static List<Quantity> listFrom(String text, List<Quantity> quantities, int k, int from, int scopeEnd,
                                           boolean several) {
        Quantity first = quantities.get(k);
        List<Quantity> list = new ArrayList<>();
        list.add(first);
        if (!several && text.substring(from, first.start()).indexOf("分别") < 0) {
            return list;
        }
        int end = first.end();
        for (int j = k + 1; j < quantities.size(); j++) {
            Quantity q = quantities.get(j);
            if (q.start() >= scopeEnd || q.start() - end > 2) {
                break;
            }
            String between = text.substring(end, q.start()).strip();
            if (between.length() > 1 || (between.length() == 1 && LIST_SEPARATORS.indexOf(between.charAt(0)) < 0)) {
                break;
            }
            list.add(q);
            end = q.end();
        }
        return list;
    }

    private void assignLevels(String text, List<Quantity> list, List<Draft> own, List<Slot> slots, int sentence) {
        Qualifier trailing = trailingQualifier(text, list);
        List<Draft> targets = targetsFor(list.size(), own, slots, sentence);
        for (int j = 0; j < targets.size(); j++) {
            Draft d = targets.get(j);
            if (d == null || d.value != null) {
                continue;
            }
            Quantity q = list.size() == 1 ? list.get(0) : list.get(list.size() - targets.size() + j);
            if (!fits(d, q)) {
                continue;
            }
            d.value = q.value();
            d.unit = q.unit();
            d.valueQualifier = qualifierOf(text, q, trailing);
            d.fromList |= list.size() > 1;
            d.extendTo(afterQualifier(text, list.get(list.size() - 1).end()));
        }
    }

    private void assignGrowth(String text, List<Quantity> list, Phrases.GrowthHit growth, List<Draft> own,
                              List<Slot> slots, int sentence) {
        Qualifier trailing = trailingQualifier(text, list);
        List<Draft> targets = targetsFor(list.size(), own, slots, sentence);
        for (int j = 0; j < targets.size(); j++) {
            Draft d = targets.get(j);
            if (d == null || d.growth != null) {
                continue;
            }
            Quantity q = list.size() == 1 ? list.get(0) : list.get(list.size() - targets.size() + j);
            if (!q.isPercent() || lexicon.indicator(d.indicator).isRate()) {
                continue;
            }
            d.growth = growth.word().sign() < 0 ? q.value().negate() : q.value();
            d.average = growth.average();
            d.growthQualifier = qualifierOf(text, q, trailing);
            d.fromList |= list.size() > 1;
            d.extendTo(afterQualifier(text, list.get(list.size() - 1).end()));
        }
    }

    /**
     * Which drafts a list of n numbers fills: a name that covers several indicators takes them in order
     * (城乡居民人均可支配收入分别增长5%和7%); otherwise the last n names of the sentence do. One number
     * goes to every indicator of the name.
     */
    private static List<Draft> targetsFor(int n, List<Draft> own, List<Slot> slots, int sentence) {
        if (n == 1 && !own.isEmpty() || own.size() > 1) {
            return own;
        }
        List<Draft> out = new ArrayList<>();
        for (int s = slots.size() - 1; s >= 0 && out.size() < n; s--) {
            if (slots.get(s).sentence() != sentence) {
                break;
            }
            out.add(0, slots.get(s).draft());
        }
        return out;
    }

    private boolean fits(Draft d, Quantity q) {
        Indicator indicator = lexicon.indicator(d.indicator);
        return indicator.isRate() ? q.isPercent() : q.unitClass().equals(indicator.unitClass());
    }

    /** A qualifier after the last number of a list covers every number that has none of its own. */
    private Qualifier trailingQualifier(String text, List<Quantity> list) {
        Phrases.QualifierWord w = phrases.qualifierAfter(text, list.get(list.size() - 1).end());
        return w == null ? Qualifier.NONE : w.qualifier();
    }

    private Qualifier qualifierOf(String text, Quantity q, Qualifier trailing) {
        if (q.range()) {
            return Qualifier.AT_LEAST; // 增长6.5%-7%: the lower bound
        }
        Phrases.QualifierWord after = phrases.qualifierAfter(text, q.end());
        if (after != null) {
            return after.qualifier();
        }
        Phrases.QualifierWord before = phrases.qualifierBefore(text, q.start());
        if (before != null) {
            return before.qualifier();
        }
        return trailing;
    }

    private int afterQualifier(String text, int end) {
        Phrases.QualifierWord w = phrases.qualifierAfter(text, end);
        return w == null ? end : end + w.word().length();
    }

    private static boolean gapOk(String text, int from, int to, int maxLength, int maxBreaks) {
        if (to < from) {
            return true;
        }
        if (to - from > maxLength) {
            return false;
        }
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '、') {
                breaks++;
            } else if (CLAUSE_BREAKS.indexOf(c) >= 0 || c == '\n') {
                return false;
            }
        }
        return breaks <= maxBreaks;
    }

    private boolean isSubArea(String text, TermMatch m) {
        int clauseStart = lastIndexOfAny(text, CLAUSE_BREAKS + "\n", m.start(), 40) + 1;
        return clauseStart < m.start() && phrases.endsWith(text, clauseStart, m.start(), Phrases.CueType.SUBAREA);
    }

    private List<Reason> numberReasons(Draft d, TermMatch m) {
        List<Reason> out = new ArrayList<>();
        out.add(Reason.at(Reason.What.TERM, m.start(), m.end(), m.term().priority() < 5 ? 0.5 : 1,
                m.term().name(), d.indicator, wordsOf(m.term())[0]));
        if (d.value != null) {
            out.add(Reason.whole(Reason.What.LEVEL, 1, d.value.toPlainString() + d.unit));
        }
        if (d.growth != null) {
            out.add(Reason.whole(Reason.What.GROWTH, 1, d.growth.toPlainString() + "%", d.average ? "1" : "0"));
        }
        if (d.qualitative) {
            out.add(Reason.whole(Reason.What.IN_WORDS, 0.5));
        }
        return out;
    }

    private String describe(Draft d, Passages.Context ctx, ClauseFrame.Placement place) {
        StringBuilder b = new StringBuilder(96).append(wordsOf(d.term)[1]);
        if (d.value != null) {
            b.append(" +level");
        }
        if (d.growth != null) {
            b.append(d.average ? " +average growth" : " +growth");
        }
        if (d.qualitative) {
            b.append(" +target in words");
        }
        b.append("; passage ").append(ctx.kind().code()).append(ctx.cued() ? " (cued)" : " (default)");
        for (Reason r : place.reasons()) {
            switch (r.what()) {
                case CLAUSE_RESULT, CLAUSE_GOAL -> b.append("; clause '").append(r.args().get(0)).append("' overrules");
                case ESTIMATE -> b.append("; estimate");
                case YEAR_WRITTEN -> b.append("; year written ").append(r.args().get(0));
                case AVERAGE_RATE -> b.append("; average rate");
                default -> { }
            }
        }
        return b.toString();
    }

    private static int firstAtOrAfter(List<Quantity> quantities, int pos) {
        int lo = 0;
        int hi = quantities.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quantities.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int indexOfAny(String text, String chars, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return limit;
    }

    /** The last of chars before {@code before}, looking back at most {@code window} chars; or where the look stopped, less one. */
    static int lastIndexOfAny(String text, String chars, int before, int window) {
        int stop = Math.max(0, before - window);
        for (int i = before - 1; i >= stop; i--) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return stop - 1;
    }

}
