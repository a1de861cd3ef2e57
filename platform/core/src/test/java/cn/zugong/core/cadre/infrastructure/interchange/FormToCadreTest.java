package cn.zugong.core.cadre.infrastructure.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.KinshipClass;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.infrastructure.lrmx.InterchangeProblem;
import cn.zugong.core.cadre.infrastructure.lrmx.LrmxReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormToCadreTest {

    private static AppointmentForm sample() throws IOException {
        try (InputStream in = FormToCadreTest.class.getResourceAsStream("/lrmx/li-mingyuan.lrmx")) {
            return new LrmxReader().read("li-mingyuan.lrmx", in.readAllBytes());
        }
    }

    @Test
    void aFormBecomesACadreWithCodedValuesAndAKeptResume() throws IOException {
        List<InterchangeProblem> problems = new ArrayList<>();
        AppointmentForm form = sample();

        Cadre cadre = FormToCadre.apply("li-mingyuan.lrmx", form, new Cadre(), problems);

        assertThat(problems).isEmpty();
        assertThat(cadre.getName()).isEqualTo("李明远");
        assertThat(cadre.getGender()).isEqualTo(Gender.MALE);
        assertThat(cadre.getBirthDate()).isEqualTo(LocalDate.of(1985, 3, 1));
        assertThat(cadre.isBirthDayKnown()).isFalse();
        assertThat(cadre.getPoliticalStatus()).isEqualTo(PoliticalStatus.CPC_MEMBER);
        assertThat(cadre.getPartyJoined()).isEqualTo("200706");
        assertThat(cadre.getResume()).isEqualTo(form.resume());
        assertThat(cadre.isResumeEdited()).isTrue();
        assertThat(cadre.getManagementAuthority()).isEqualTo(ManagementAuthority.COUNTY);
        assertThat(cadre.getStatus()).isEqualTo(CadreStatus.ACTIVE);
        assertThat(ExtraElements.split(cadre.getInterchangeExtra()).stream()
                        .filter(e -> !KeptWording.isKept(e))
                        .toList())
                .isEqualTo(form.unknownElements());
    }

    @Test
    void aStoredCadreKeepsItsAuthorityAndStatus() throws IOException {
        Cadre stored = new Cadre();
        stored.setManagementAuthority(ManagementAuthority.CITY);
        stored.setStatus(CadreStatus.RETIRED);

        FormToCadre.apply("li-mingyuan.lrmx", sample(), stored, new ArrayList<>());

        assertThat(stored.getManagementAuthority()).isEqualTo(ManagementAuthority.CITY);
        assertThat(stored.getStatus()).isEqualTo(CadreStatus.RETIRED);
    }

    @Test
    void relativesGetTheKinshipClassOfTheirFormOfAddress() throws IOException {
        Cadre cadre = new Cadre();
        List<FamilyMember> family = FormToCadre.family(cadre, sample());

        assertThat(family).extracting(FamilyMember::getRelation).startsWith("妻子", "儿子", "父亲");
        assertThat(family)
                .extracting(FamilyMember::getKinshipClass)
                .startsWith(KinshipClass.SPOUSE, KinshipClass.LINEAL, KinshipClass.LINEAL);
        assertThat(family).allSatisfy(m -> assertThat(m.getCadreId()).isEqualTo(cadre.getId()));
    }

    @Test
    void anUnknownGenderTextIsAProblemOfThatItem() throws IOException {
        AppointmentForm form = sample();
        AppointmentForm odd = new AppointmentForm(
                form.name(),
                "X",
                form.birth(),
                form.ethnicity(),
                form.nativePlace(),
                form.birthPlace(),
                form.partyJoined(),
                form.workStarted(),
                form.health(),
                form.professionalTitle(),
                form.expertise(),
                form.fullTime(),
                form.inService(),
                form.currentPost(),
                form.proposedPost(),
                form.proposedRemoval(),
                form.resume(),
                form.rewardsAndPunishments(),
                form.assessments(),
                form.appointmentReason(),
                form.family(),
                form.reportingUnit(),
                form.ageReference(),
                form.filledAt(),
                form.filledBy(),
                form.idNumber(),
                form.photo(),
                form.version(),
                form.unknownElements());
        List<InterchangeProblem> problems = new ArrayList<>();

        FormToCadre.apply("odd.lrmx", odd, new Cadre(), problems);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("XingBie");
            assertThat(p.messageKey()).isEqualTo("interchange.error.coded");
        });
    }

    @Test
    void extraElementsSurviveAnyCharacter() {
        List<String> fragments = List.of("<A>1:2</A>", "<B x=\"y\">\n\u4e2d</B>");

        assertThat(ExtraElements.split(ExtraElements.join(fragments))).isEqualTo(fragments);
        assertThat(ExtraElements.join(List.of())).isNull();
    }
}
