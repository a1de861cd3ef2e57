/**
 * The plugin's pages, registered by the platform from {@link
 * cn.zugong.plugin.training.ui.TrainingViews} (no {@code @Route}): the course catalogue with its
 * enrollments and the officers' reminders, one cadre's training record, the shortfall lists with
 * their Excel export, and the import of an online platform's export. Each page works on one county
 * and offers changes only where the request may write to it; every text comes from the {@code
 * i18n.training} bundle and every interactive component has an id starting with {@code training-}.
 */
package cn.zugong.plugin.training.ui;
