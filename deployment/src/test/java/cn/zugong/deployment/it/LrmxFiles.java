package cn.zugong.deployment.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Synthetic approval-form files (.lrmx, zips of them) in the shape the real software writes, good and bad. */
final class LrmxFiles {

    /** A 1x1 PNG. */
    static final byte[] PHOTO = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private LrmxFiles() {}

    /** A person's .lrmx text; {@code birth} and {@code photo} (Base64) are left to the caller. */
    static String lrmx(String name, String idNumber, String birth, String photo) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Person>
                  <XingMing>%s</XingMing>
                  <XingBie>男</XingBie>
                  <ChuShengNianYue>%s</ChuShengNianYue>
                  <MinZu>汉族</MinZu>
                  <JiGuan>四川成都</JiGuan>
                  <ChuShengDi>四川成都</ChuShengDi>
                  <RuDangShiJian>200807</RuDangShiJian>
                  <CanJiaGongZuoShiJian>200907</CanJiaGongZuoShiJian>
                  <JianKangZhuangKuang>健康</JianKangZhuangKuang>
                  <QuanRiZhiJiaoYu_XueLi>大学本科</QuanRiZhiJiaoYu_XueLi>
                  <QuanRiZhiJiaoYu_XueWei>法学学士</QuanRiZhiJiaoYu_XueWei>
                  <XianRenZhiWu>温江区某局科员</XianRenZhiWu>
                  <JianLi>2009.07--        温江区某局科员</JianLi>
                  <JiangChengQingKuang>2019年被评为优秀共产党员。</JiangChengQingKuang>
                  <NianDuKaoHeJieGuo>2022年、2023年年度考核称职。</NianDuKaoHeJieGuo>
                  <JiaTingChengYuan>
                    <Item>
                      <ChengWei>妻子</ChengWei>
                      <XingMing>周某某</XingMing>
                      <ChuShengRiQi>198802</ChuShengRiQi>
                      <ZhengZhiMianMao>群众</ZhengZhiMianMao>
                      <GongZuoDanWeiJiZhiWu>某公司职员</GongZuoDanWeiJiZhiWu>
                    </Item>
                  </JiaTingChengYuan>
                  <ShenFenZheng>%s</ShenFenZheng>
                  <ZhaoPian>%s</ZhaoPian>
                  <BeiZhu>导入测试保留项</BeiZhu>
                  <Version>3.2.1.16</Version>
                </Person>
                """
                .formatted(name, birth, idNumber, photo);
    }

    /** The same person's file as the standalone editors save it: GBK, declared, dates with dots. */
    static byte[] gbkWithDottedDates(String name, String idNumber, String birth, String photo) {
        String dotted = birth.substring(0, 4) + "." + birth.substring(4, 6);
        return lrmx(name, idNumber, dotted, photo)
                .replace("encoding=\"utf-8\"", "encoding=\"GBK\"")
                .replace("<RuDangShiJian>200807</RuDangShiJian>", "<RuDangShiJian>2008.07</RuDangShiJian>")
                .replace("<ChuShengRiQi>198802</ChuShengRiQi>", "<ChuShengRiQi>1988.02</ChuShengRiQi>")
                .getBytes(Charset.forName("GBK"));
    }

    /** A valid id number (GB 11643 check digit) for a man born on the date ({@code yyyyMMdd}). */
    static String idNumber(String birthDay, int sequence) {
        String body = "510100" + birthDay + String.format("%02d", sequence % 100) + "1";
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static String photo() {
        return Base64.getEncoder().encodeToString(PHOTO);
    }

    static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    static Path zip(Path dir, String name, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    /** One entry of 300 MB of zeros: a few hundred kilobytes zipped. */
    static Path zipBomb(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bomb.lrmx"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return Files.write(dir.resolve("bomb.zip"), bytes.toByteArray());
    }
}
