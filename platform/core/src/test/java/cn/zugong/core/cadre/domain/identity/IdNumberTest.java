package cn.zugong.core.cadre.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.Gender;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    private static IdNumber valid(String text) {
        IdNumber.Result result = IdNumber.parse(text);
        assertThat(result).isInstanceOf(IdNumber.Valid.class);
        return ((IdNumber.Valid) result).id();
    }

    private static IdNumber.Rule broken(String text) {
        IdNumber.Result result = IdNumber.parse(text);
        assertThat(result).isInstanceOf(IdNumber.Invalid.class);
        return ((IdNumber.Invalid) result).rule();
    }

    @Test
    void theStandardsExampleWithCheckCharacterXIsValid() {
        IdNumber id = valid("11010519491231002X");

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aLowerCaseXAndSurroundingBlanksAreAccepted() {
        assertThat(valid(" 51011519870921242x ").value()).isEqualTo("51011519870921242X");
    }

    @Test
    void anOddSeventeenthDigitMeansMale() {
        IdNumber id = valid("510115198503121231");

        assertThat(id.gender()).isEqualTo(Gender.MALE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
    }

    @Test
    void aWrongLengthOrALetterInsideBreaksTheFormat() {
        assertThat(broken("51011519850312123")).isEqualTo(IdNumber.Rule.FORMAT);
        assertThat(broken("5101151985031212311")).isEqualTo(IdNumber.Rule.FORMAT);
        assertThat(broken("51011519850312X231")).isEqualTo(IdNumber.Rule.FORMAT);
        assertThat(broken(null)).isEqualTo(IdNumber.Rule.FORMAT);
    }

    @Test
    void aBirthDateThatDoesNotExistIsReportedAsSuch() {
        // 30 February 1985, check character computed for these digits
        String digits = "51011519850230123";
        assertThat(broken(digits + IdNumber.checkCharacter(digits))).isEqualTo(IdNumber.Rule.BIRTH_DATE);
    }

    @Test
    void aWrongCheckCharacterIsReportedAsSuch() {
        assertThat(broken("510115198503121232")).isEqualTo(IdNumber.Rule.CHECK_DIGIT);
        assertThat(broken("110105194912310021")).isEqualTo(IdNumber.Rule.CHECK_DIGIT);
    }

    @Test
    void eachRuleHasItsMessageKey() {
        assertThat(IdNumber.Rule.CHECK_DIGIT.messageKey()).isEqualTo("idnumber.error.checkDigit");
    }

    @Test
    void numbersAreEqualByTheirCharacters() {
        assertThat(valid("11010519491231002x")).isEqualTo(valid("11010519491231002X"));
    }
}
