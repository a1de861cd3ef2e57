package cn.zugong.plugin.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CsvListTest {

    private final CsvList format = new CsvList();

    @Test
    void theListIsWrittenWithItsHeaderAndOneLinePerCadreSeparatorsInValuesReplaced() throws IOException {
        CadreRef cadre = new CadreRef(
                UUID.randomUUID(),
                new TenantId("510115"),
                "王小明",
                Optional.of(LocalDate.of(1980, 5, 1)),
                Optional.of("温江区委组织部"),
                Optional.of("副部长,兼办公室主任"),
                Optional.of("TOWNSHIP_DEPUTY"),
                true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        format.write(List.of(cadre), out);

        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n"))
                .containsExactly("name,birthDate,unit,currentPost", "王小明,1980-05-01,温江区委组织部,副部长，兼办公室主任");
    }

    @Test
    void aFileIsReadByItsHeaderKeysForThePlatformsImport() throws IOException {
        String csv = "\uFEFFname,gender,birthDate,unknown\n李四,男,1979-02-03,x\n\n张三,女,1985-07-08,y\n";

        List<Map<String, String>> rows = format.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst())
                .containsEntry("name", "李四")
                .containsEntry("gender", "男")
                .containsEntry("birthDate", "1979-02-03");
        assertThat(rows.get(1)).containsEntry("name", "张三");
    }

    @Test
    void aFileWithoutAnyKnownColumnIsNotOfThisFormat() {
        byte[] other = "foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.read(new ByteArrayInputStream(other))).isInstanceOf(IOException.class);
    }
}
