package cn.zugong.perf;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.AppointmentForms;
import cn.zugong.core.cadre.domain.CadreFile;
import cn.zugong.core.cadre.infrastructure.interchange.ImportOutcome;
import cn.zugong.core.cadre.infrastructure.interchange.LrmxImport;
import cn.zugong.core.cadre.infrastructure.lrmx.ArchiveEntry;
import cn.zugong.core.cadre.infrastructure.lrmx.InterchangeArchive;
import cn.zugong.core.cadre.infrastructure.lrmx.LrmxWriter;
import cn.zugong.core.demo.CadreGenerator;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.persistence.EntityManager;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * The .lrmx import of a zip of {@code files} approval forms (argument 2, default 1,000), generated
 * by {@link CadreGenerator} and written by the portal's {@link LrmxWriter}. Measures the reading and
 * checking of the archive alone (no database), then the whole {@link LrmxImport#importFile} in a
 * county of the province database (argument 1, default {@code zugong_perf}; county 514101): read,
 * map, check, look up each id number, save with the audit trail, flush. That transaction is rolled
 * back at the end, so the province database stays as generated. Repeated {@code runs} times
 * (argument 3, default 3) after one warm-up.
 */
public final class LrmxImportBenchmark {

    private static final TenantId COUNTY = new TenantId("514101");

    private LrmxImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        PerfDatabase db = new PerfDatabase(args.length > 0 ? args[0] : PerfDatabase.DEFAULT_NAME);
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long start = System.nanoTime();
        byte[] zip = zip(db, files);
        System.out.printf("generated %,d .lrmx files, zip %,d bytes in %.1f s%n", files, zip.length, seconds(start));
        InterchangeArchive archive = new InterchangeArchive();
        for (int run = 0; run <= runs; run++) {
            start = System.nanoTime();
            List<ArchiveEntry> entries = archive.read("forms.zip", new ByteArrayInputStream(zip));
            long problems = entries.stream().mapToLong(e -> e.problems().size()).sum();
            System.out.printf(
                    "%s read and check (no database): %,d forms, %,d problems in %.2f s%n",
                    run == 0 ? "warm-up" : "run " + run, entries.size(), problems, seconds(start));
        }
        CurrentUserHolder.set(new CurrentUser("perf-officer", "perf", Set.of(CurrentUser.OFFICER), Set.of()));
        try (PerfDatabase.Sessions sessions = PerfDatabase.sessions(db.app(), 50)) {
            for (int run = 0; run <= runs; run++) {
                int label = run;
                TenancyHolder.runAs(Tenancy.writing(COUNTY), () -> {
                    EntityManager em = sessions.factory().createEntityManager();
                    try {
                        long begin = System.nanoTime();
                        em.getTransaction().begin();
                        ImportOutcome outcome = Wiring.lrmxImport(em).importFile("forms.zip", zip);
                        em.flush();
                        double took = seconds(begin);
                        em.getTransaction().rollback();
                        System.out.printf(
                                "%s whole import into %s: %,d created, %,d updated, %,d problems in %.2f s (%.1f ms a file)%n",
                                label == 0 ? "warm-up" : "run " + label,
                                COUNTY.code(),
                                outcome.created(),
                                outcome.updated(),
                                outcome.problems().size(),
                                took,
                                took * 1000 / files);
                        outcome.problems().stream().limit(3).forEach(System.out::println);
                    } finally {
                        em.close();
                    }
                });
            }
        }
    }

    /** Forms of cadres in the county's first unit, seeded, so every run imports the same files. */
    private static byte[] zip(PerfDatabase db, int files) throws Exception {
        UUID unit;
        String unitName;
        try (Connection connection = db.owner().getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("select zugong_enter('', '" + COUNTY.code() + "')");
            try (ResultSet row =
                    connection.createStatement().executeQuery("select id, name from org_unit order by name limit 1")) {
                row.next();
                unit = row.getObject(1, UUID.class);
                unitName = row.getString(2);
            }
            connection.rollback();
        }
        byte[] photo = photo();
        CadreGenerator generator = new CadreGenerator(7, ProvinceGenerator.TODAY);
        LrmxWriter writer = new LrmxWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < files; i++) {
                CadreGenerator.Generated g =
                        generator.generate(new CadreGenerator.Post(unit, unitName, null, null, null));
                CadreFile file = new CadreFile(
                        g.cadre(),
                        unitName,
                        g.holdings(),
                        g.family(),
                        g.assessments(),
                        g.rewards(),
                        List.of(),
                        false,
                        true);
                zip.putNextEntry(new ZipEntry(String.format("form-%04d.lrmx", i)));
                zip.write(writer.write(AppointmentForms.of(file, photo, ProvinceGenerator.TODAY, "perf")));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A plain 150 x 200 JPEG, about the size of a scanned passport photo at low quality. */
    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(150, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 150, 200);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(45, 40, 60, 75);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
