package cn.zugong.ui.search;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadreSearchService;
import cn.zugong.core.cadre.domain.CadreHit;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.PortalUi;
import cn.zugong.ui.cadre.CadreFileView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search page without a browser: hits with their county, the cap, errors, who may open it. */
@ExtendWith(PortalUi.class)
class SearchViewTest {

    private final List<String> asked = new ArrayList<>();
    private List<CadreHit> answer = List.of();

    private final CadreSearchService service = new CadreSearchService() {
        @Override
        public List<CadreHit> search(String name, String post, PostLevel level) {
            asked.add(name + "|" + post + "|" + level);
            if (name.length() > 50) {
                throw new ValidationException(List.of(new Problem("name", "search.tooLong", List.of(50))));
            }
            return answer;
        }
    };

    private final TenantDirectory directory = new TenantDirectory() {
        @Override
        public List<Tenant> all() {
            return List.of(new Tenant(new TenantId("510117"), null, "郫都区", "Pidu"));
        }
    };

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RouteConfiguration.forApplicationScope().setRoute("cadres/:cadreId", CadreFileView.class);
    }

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
    }

    private SearchView view() {
        SearchView view = new SearchView(service, directory);
        UI.getCurrent().add(view);
        return view;
    }

    private static CadreHit hit(String name) {
        return new CadreHit(
                UUID.randomUUID(), "510117", name, Gender.FEMALE, "郫都区财政局", "局长", PostLevel.TOWNSHIP_PRINCIPAL);
    }

    @Test
    void aHitShowsItsCountyAndOnlyWhatAListShows() {
        answer = List.of(hit("李静"));
        SearchView view = view();
        view.name.setValue("lj");
        view.level.setValue(PostLevel.TOWNSHIP_PRINCIPAL);

        view.search.click();

        assertThat(asked).containsExactly("lj||TOWNSHIP_PRINCIPAL");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).contains("郫都区", "郫都区财政局", "局长");
        assertThat(view.status.getText()).isEqualTo("共找到 1 人");
    }

    @Test
    void moreHitsThanTheCapAskToNarrowTheSearch() {
        answer = IntStream.rangeClosed(0, CadreSearchService.LIMIT)
                .mapToObj(i -> hit("张" + i))
                .toList();
        SearchView view = view();
        view.name.setValue("z");

        view.search.click();

        assertThat(_size(view.grid)).isEqualTo(CadreSearchService.LIMIT);
        assertThat(view.status.getText()).isEqualTo("超过 100 人，仅列出前 100 人，请缩小查询范围");
    }

    @Test
    void anOverlongNameIsATranslatedErrorOnItsField() {
        SearchView view = view();
        view.name.setValue("李".repeat(51));

        view.search.click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("不能超过 50 个字符");
    }

    @Test
    void onlySupervisorsMayOpenThePage() {
        CurrentUserHolder.set(new CurrentUser("o", "O", Set.of(CurrentUser.OFFICER), Set.of()));
        assertThat(new SearchView.Supervisors().permits()).isFalse();
        CurrentUserHolder.set(new CurrentUser("s", "S", Set.of(TenancyPolicy.SUPERVISOR), Set.of()));
        assertThat(new SearchView.Supervisors().permits()).isTrue();
    }
}
