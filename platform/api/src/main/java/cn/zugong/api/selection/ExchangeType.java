package cn.zugong.api.selection;

/**
 * How a cadre is exchanged (交流规定 2006, 第三条): 调任 or 转任. 挂职锻炼 is governed separately and
 * is not a selection case.
 *
 * @since 1.3.0
 */
public enum ExchangeType {
    /** 调任: from outside the civil service, or between a public institution and an organ. */
    TRANSFER,
    /** 转任: between posts inside the civil service. */
    REASSIGNMENT
}
