package cn.zugong.ui.notice;

import cn.zugong.core.plugin.notice.NoticeBoard;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;

/**
 * The header's bell ({@code notices-bell}): the number of unread notices ({@code notices-count},
 * hidden at none), counted again after each navigation and when notices are marked read; it opens
 * the notices page. Shown only to users who read a county's notices.
 */
public class NoticesBell extends Button implements AfterNavigationObserver {

    final Span count = new Span();

    private final NoticeBoard board;
    private Registration changes;

    @Inject
    NoticesBell(NoticeBoard board) {
        this.board = board;
        setId("notices-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        count.setId("notices-count");
        count.getElement().getThemeList().add("badge error primary small pill");
        setSuffixComponent(count);
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NoticesView.ROUTE)));
        refresh();
    }

    /** Counts the unread notices again. */
    void refresh() {
        boolean shown = NoticeBoard.county().isPresent();
        setVisible(shown);
        long unread = shown ? board.unreadCount() : 0;
        count.setText(Long.toString(unread));
        count.setVisible(unread > 0);
        String label = getTranslation("notices.bell", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        changes = ComponentUtil.addListener(event.getUI(), NoticesChanged.class, changed -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
    }
}
