package cn.zugong.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantIdTest {

    @Test
    void regionNodesOfTheGroupTreeBecomeSixDigitCodes() {
        assertThat(TenantId.ofRegionNode("51")).isEqualTo(new TenantId("510000"));
        assertThat(TenantId.ofRegionNode("5101")).isEqualTo(new TenantId("510100"));
        assertThat(TenantId.ofRegionNode("510115")).isEqualTo(new TenantId("510115"));
    }

    @Test
    void anythingButSixDigitsIsRefused() {
        assertThatThrownBy(() -> new TenantId("51011")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TenantId("51011x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantId.ofRegionNode("510")).isInstanceOf(IllegalArgumentException.class);
    }
}
