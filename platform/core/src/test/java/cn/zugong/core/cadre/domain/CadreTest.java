package cn.zugong.core.cadre.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CadreTest {

    @Test
    void aBlankIdNumberIsStoredAsNoneSoTwoFilesWithoutOneDoNotCollide() {
        Cadre cadre = new Cadre();
        cadre.setIdNumber("  ");
        assertNull(cadre.getIdNumber());
    }

    @Test
    void anIdNumberIsStoredTrimmedWithAnUpperCaseX() {
        Cadre cadre = new Cadre();
        cadre.setIdNumber(" 11010519491231002x ");
        assertEquals("11010519491231002X", cadre.getIdNumber());
    }
}
