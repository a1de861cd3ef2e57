package cn.zugong.plugin.reserve.candidate;

/** How a candidate was nominated (DOMAIN §3.3). */
public enum NominationSource {
    /** 民主推荐, with votes and voters entered. */
    DEMOCRATIC,
    /** 组织推荐. */
    ORGANIZATION,
    /** 竞争性选拔发现. */
    COMPETITIVE,
    /** 选调生. */
    SELECTED_GRADUATE;

    public boolean hasTally() {
        return this == DEMOCRATIC;
    }

    public String messageKey() {
        return "reserve.source." + name();
    }
}
