package cn.zugong.ui.unit;

import java.util.UUID;

/** A unit offered as parent in the form. */
public record ParentOption(UUID id, String name) {}
