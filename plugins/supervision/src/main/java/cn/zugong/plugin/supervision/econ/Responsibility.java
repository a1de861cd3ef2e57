package cn.zugong.plugin.supervision.econ;

/**
 * The responsibility an audit finds the cadre bears for the problems it reports (DOMAIN §4.6: the
 * 2019 规定 uses 直接责任 and 领导责任 [I]; the 2010 basis also had 主管责任, not offered), or none.
 */
public enum Responsibility {
    DIRECT,
    LEADERSHIP,
    NONE;

    public String messageKey() {
        return "supervision.econ.responsibility." + name();
    }
}
