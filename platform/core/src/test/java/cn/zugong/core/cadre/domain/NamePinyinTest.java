package cn.zugong.core.cadre.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NamePinyinTest {

    @Test
    void aNameGivesFullPinyinAndInitials() {
        assertEquals(new NamePinyin.Keys("zhangsan", "zs", "zhang san"), NamePinyin.of("张三"));
        assertEquals(new NamePinyin.Keys("wangxiaoming", "wxm", "wang xiao ming"), NamePinyin.of("王小明"));
    }

    @Test
    void namesSortSyllableBySyllableAsAChineseReaderExpects() {
        List<String> names = new ArrayList<>(List.of("成龙", "程红", "陈志", "车辉", "常青", "陈红"));
        Collections.shuffle(names, new Random(7));

        names.sort(Comparator.comparing((String name) -> NamePinyin.of(name).sort())
                .thenComparing(Comparator.naturalOrder()));

        assertThat(names).containsExactly("常青", "车辉", "陈红", "陈志", "程红", "成龙");
    }

    @Test
    void aTwoCharacterSurnameSortsAsItsSyllables() {
        assertEquals("yu chi gong", NamePinyin.of("尉迟恭").sort());
    }

    @Test
    void surnamesReadDifferentlyFromTheWordUseTheSurnameReading() {
        assertEquals("shanwei", NamePinyin.of("单伟").full());
        assertEquals("zengguofan", NamePinyin.of("曾国藩").full());
        assertEquals("yuchigong", NamePinyin.of("尉迟恭").full());
    }

    @Test
    void theUmlautIsWrittenAsV() {
        assertEquals("lvbu", NamePinyin.of("吕布").full());
    }

    @Test
    void searchTextIsNormalizedLikeTheKeys() {
        assertEquals("zhangsan", NamePinyin.normalize(" Zhang San "));
        assertEquals("xian", NamePinyin.normalize("xi'an"));
    }
}
