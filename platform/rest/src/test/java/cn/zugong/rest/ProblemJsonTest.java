package cn.zugong.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemJsonTest {

    @Test
    void writesEveryMemberAndEscapesText() {
        String json = ProblemJson.write(new ProblemDetail(
                "urn:zugong:problem:unauthenticated",
                "未认证",
                401,
                "say \"Bearer\"\\\n",
                null,
                List.of(new ProblemDetail.FieldError("a", "k", "t\u0001"))));

        assertThat(json)
                .isEqualTo("{\"type\":\"urn:zugong:problem:unauthenticated\",\"title\":\"未认证\",\"status\":401,"
                        + "\"detail\":\"say \\\"Bearer\\\"\\\\\\n\",\"instance\":null,"
                        + "\"errors\":[{\"field\":\"a\",\"code\":\"k\",\"detail\":\"t\\u0001\"}]}");
    }
}
