package cn.zugong.core.cadre.domain;

/** Political status (zhengzhi mianmao). Labels: message key {@code cadre.political-status.<NAME>}; form text: {@link FormTexts}. */
public enum PoliticalStatus {
    CPC_MEMBER,
    CPC_PROBATIONARY,
    YOUTH_LEAGUE,
    DEMOCRATIC_PARTY,
    NON_PARTISAN,
    MASSES;

    /** Whether the cadre has a party joining date on the form. */
    public boolean partyMember() {
        return this == CPC_MEMBER || this == CPC_PROBATIONARY;
    }
}
