package cn.zugong.core.validation;

/** One reason a record was refused: the field it concerns and the message key that explains it. */
public record Problem(String field, String messageKey) {}
