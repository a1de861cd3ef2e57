package cn.zugong.api.notice;

import java.util.Set;

/**
 * Leaves notices for the users of the county the request (or the scheduled job) acts for. The
 * portal shows their number in its header and lists them on its notices page; a reader marks them
 * read. A read-only request cannot post.
 * {@snippet class=cn.zugong.api.snippets.NoticeSnippets region=post :
 * context.notices().post(new Notice("deadline/" + cadre, TrainingPermissions.VIEW,
 *         "training.notice.deadline", List.of(name, deadline.toString()), "training/cadre?cadre=" + cadre));
 * }
 *
 * @since 1.1.0
 */
public interface Notices {

    /**
     * Posts the notice, or replaces the plugin's notice of the same key (its text, and it becomes
     * unread again when the text changed).
     *
     * @throws IllegalStateException when the request may not write in a county
     */
    void post(Notice notice);

    /** Removes the plugin's notice of that key, if there is one (for example, the cadre caught up). */
    void withdraw(String key);

    /**
     * The keys of the plugin's notices in the county now, so that a job withdraws only those that
     * no longer apply instead of every key it might have posted.
     *
     * @throws IllegalStateException when the request may not write in a county
     */
    Set<String> keys();
}
