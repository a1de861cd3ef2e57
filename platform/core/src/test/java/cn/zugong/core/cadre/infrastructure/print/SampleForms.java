package cn.zugong.core.cadre.infrastructure.print;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Education;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Relative;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/** Synthetic forms: invented people and places, no real person. */
final class SampleForms {

    static final String LAST_RESUME_LINE = "2021.03--          四川省某某县某某局党组书记、局长";

    private SampleForms() {}

    static AppointmentForm typical() {
        return form(resume(15), photo(), family());
    }

    static AppointmentForm withoutPhoto() {
        return form(resume(15), new byte[0], family());
    }

    static AppointmentForm withResume(String resume) {
        return form(resume, photo(), family());
    }

    static AppointmentForm withFamily(List<Relative> family) {
        return form(resume(15), photo(), family);
    }

    static AppointmentForm withPhoto(byte[] photo) {
        return form(resume(15), photo, family());
    }

    /** A resume of the given number of periods, continuous, the last one being the current post. */
    static String resume(int periods) {
        List<String> lines = new ArrayList<>();
        lines.add("1993.09--1997.07  某某大学经济管理系经济管理专业学习");
        for (int i = 1; i < periods - 1; i++) {
            int from = 1997 + i;
            lines.add(String.format(
                    "%d.07--%d.07  四川省某某县某某乡党委委员、副乡长（其间：%d.09--%d.07在省委党校在职研究生班学习）", from - 1, from, from - 1, from));
        }
        lines.add(LAST_RESUME_LINE);
        return lines.stream().collect(Collectors.joining("\n"));
    }

    static List<Relative> family() {
        return List.of(
                new Relative("妻子", "李秀兰", "197705", "中共党员", "四川省某某县第一中学教师"),
                new Relative("儿子", "张子涵", "200309", "共青团员", "某某大学计算机学院学生"),
                new Relative("父亲", "张德厚", "194811", "中共党员", "已去世"),
                new Relative("母亲", "王桂芳", "195002", "群众", "四川省某某县某某镇退休职工"),
                new Relative("哥哥", "张建国", "197201", "中共党员", "四川省某某市某某区水务局科员"),
                new Relative("妹妹", "张晓梅", "197908", "群众", "四川省某某县人民医院护士"));
    }

    static List<Relative> manyRelatives(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Relative("亲属", "亲属" + i, "198001", "群众", "某某单位职工" + i))
                .toList();
    }

    static AppointmentForm withFullTime(Education fullTime) {
        return form(resume(15), photo(), family(), fullTime);
    }

    static AppointmentForm form(String resume, byte[] photo, List<Relative> family) {
        return form(resume, photo, family, new Education("大学", "经济学学士", "某某大学经济管理系经济管理专业", "某某大学经济管理系经济管理专业"));
    }

    static AppointmentForm form(String resume, byte[] photo, List<Relative> family, Education fullTime) {
        return new AppointmentForm(
                "张建华",
                "男",
                "197503",
                "汉族",
                "四川某某",
                "四川某某",
                "199806",
                "199707",
                "健康",
                "高级经济师",
                "经济管理、乡村振兴",
                fullTime,
                new Education("研究生", "", "四川省委党校经济学专业", ""),
                "四川省某某县某某局党组书记、局长",
                "四川省某某县人民政府副县长",
                "四川省某某县某某局局长",
                resume,
                "2019年被评为四川省某某系统先进工作者。",
                "2021年年度考核称职；2022年年度考核优秀；2023年年度考核优秀。",
                "工作需要。",
                family,
                "中共四川省某某县委",
                "202406",
                "202407",
                "王某某",
                "51000019750315001X",
                photo,
                "3.2.1.16",
                List.of());
    }

    /** A small 376 x 460 JPEG, the form's photo aspect. */
    static byte[] photo() {
        BufferedImage image = new BufferedImage(376, 460, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(60, 110, 180));
        g.fillRect(0, 0, 376, 460);
        g.setColor(Color.WHITE);
        g.fillOval(118, 80, 140, 170);
        g.fillRect(68, 280, 240, 180);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
