package cn.zugong.core.cadre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamePinyinTest {

    @Test
    void aNameGivesFullPinyinAndInitials() {
        assertEquals(new NamePinyin.Keys("zhangsan", "zs"), NamePinyin.of("张三"));
        assertEquals(new NamePinyin.Keys("wangxiaoming", "wxm"), NamePinyin.of("王小明"));
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
