package org.zhibiao.extract;

/**
 * A core indicator as indicators.tsv defines it.
 *
 * @param code      canonical code, e.g. "gdp"
 * @param unitClass the class of units its level is written in (money, people, count, weight, rate)
 * @param nameZh    the usual Chinese name
 * @param nameEn    English name for the UI
 */
public record Indicator(String code, String unitClass, String nameZh, String nameEn) {

    /** A rate indicator's number is its value (登记失业率2.5%), never a growth rate. */
    public boolean isRate() {
        return "rate".equals(unitClass);
    }
}
