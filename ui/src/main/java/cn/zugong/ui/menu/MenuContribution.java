package cn.zugong.ui.menu;

import java.util.List;

/** Entries a part of the portal adds to the side navigation: those the current user may open. */
@FunctionalInterface
public interface MenuContribution {

    List<MenuItem> items();
}
