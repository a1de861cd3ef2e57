package cn.zugong.plugin.rotation.service;

import java.util.UUID;

/** The link to one cadre's terms page, as the gates' evidence and the lists give it. */
public final class TermsLink {

    public static final String ROUTE = "rotation/terms";

    private TermsLink() {}

    public static String of(UUID cadreId) {
        return ROUTE + "?cadre=" + cadreId;
    }
}
