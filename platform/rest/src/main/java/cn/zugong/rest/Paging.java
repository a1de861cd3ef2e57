package cn.zugong.rest;

import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The page window of a list request: page from 0, size from 1 to {@link #MAX_SIZE} (default
 * {@link #DEFAULT_SIZE}). Out-of-range values are refused as field problems, not silently fixed.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** Reads the query parameters; null means the default. */
    public static Paging of(Integer page, Integer size) {
        List<Problem> problems = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            problems.add(new Problem("page", "api.error.page"));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(new Problem("size", "api.error.size"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Paging(p, s);
    }

    public int offset() {
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw new ValidationException(List.of(new Problem("page", "api.error.page")));
        }
        return (int) offset;
    }

    public <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
