package cn.zugong.rest.admin;

import java.util.List;

/** The county roles a user is to hold from now on. */
public record RolesInput(List<String> roles) {}
