package cn.zugong.core.ballot.application;

import java.util.UUID;

/** A name to put on a ballot: a cadre's (a plugin may name someone outside the registry, cadreId null). */
public record Nominee(UUID cadreId, String name) {}
