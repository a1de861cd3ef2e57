package cn.zugong.plugin.reserve.candidate;

/** When a member could be used (DOMAIN §3.3: 近期/中期/远期); 近期 counts toward the 1/3 of V-R1. */
public enum Horizon {
    NEAR,
    MEDIUM,
    LONG;

    public String messageKey() {
        return "reserve.horizon." + name();
    }
}
