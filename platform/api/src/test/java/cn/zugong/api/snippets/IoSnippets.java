package cn.zugong.api.snippets;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.io.CadreListFormat;
import cn.zugong.api.plugin.PluginContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

// spotless:off
class IoSnippets {
    @Extension // @start region=format
    public static class CsvList implements CadreListFormat { // @replace substring="static " replacement=""
        public String id() { return "example.csv"; }
        public String nameKey() { return "example.format.csv"; }
        public String extension() { return "csv"; }
        public void write(List<CadreRef> cadres, OutputStream out) throws IOException { out.flush(); } // @replace regex="\{.*\}" replacement="{ ... }"
        public boolean reads() { return true; }
        // one map per cadre: "name", "gender", "birthDate" ... -> the text a clerk types into the workbook
        public List<Map<String, String>> read(InputStream in) throws IOException { return List.of(); } // @replace regex="\{.*\}" replacement="{ ... }"
    }
    // @end

    void spreadsheets(PluginContext context, Part upload) throws IOException {
        List<List<String>> rows = context.spreadsheets().read(upload.getInputStream()); // @start region=spreadsheets
        byte[] file = context.spreadsheets().write("学时", List.of("姓名", "学时"), List.of(List.of("张三", 32)));
        // @end
    }
}
// spotless:on
