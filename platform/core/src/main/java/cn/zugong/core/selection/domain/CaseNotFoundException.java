package cn.zugong.core.selection.domain;

/** A case that does not exist or belongs to a county the caller does not read (never told apart). */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException() {
        super("selection.notFound");
    }
}
