package cn.zugong.core.intake.domain;

/**
 * A file as the page received it, before any check.
 *
 * @param fileName the name the browser sent
 * @param content the bytes (at most the limit plus one: a longer file was cut and is refused)
 */
public record Upload(String fileName, byte[] content) {}
