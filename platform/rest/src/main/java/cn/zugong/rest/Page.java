package cn.zugong.rest;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the rows of this page
 * @param page the page number, from 0
 * @param size the page size asked for (after capping)
 * @param total the number of rows over all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
