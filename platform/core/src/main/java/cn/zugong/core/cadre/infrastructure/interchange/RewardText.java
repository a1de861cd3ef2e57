package cn.zugong.core.cadre.infrastructure.interchange;

import cn.zugong.core.cadre.domain.RewardKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the form's JiangChengQingKuang ("2019年被评为优秀共产党员；2021年3月受到嘉奖。") as one record
 * per statement: its year (and month, when given), its words as the title, and a punishment when
 * the words name one (so that it is kept as sensitive). Text that does not read that way in full (a
 * statement without a leading year, a title longer than the registry keeps) gives nothing: it is
 * kept as written instead ({@link KeptWording}). "无" is no record.
 */
final class RewardText {

    static final int MAX_TITLE = 200;
    private static final Pattern STATEMENTS = Pattern.compile("[；;。\\n]+");
    private static final Pattern STATEMENT =
            Pattern.compile("((?:19|20)\\d{2})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*\\d{1,2}\\s*日)?)?[，,、：:\\s]*(.+)");
    private static final Pattern PUNISHMENT = Pattern.compile("处分|警告|记过|降级|撤职|开除|留党察看|诫勉|通报批评|责令|免职|降职|党纪|政务处分|处罚");
    private static final String NONE = "无";

    /** One reward or punishment as the text gives it. */
    record Decided(RewardKind kind, LocalDate decidedOn, String title) {}

    private RewardText() {}

    static Optional<List<Decided>> read(String text) {
        List<Decided> records = new ArrayList<>();
        for (String statement : STATEMENTS.split(text == null ? "" : text.strip())) {
            String s = statement.strip();
            if (s.isEmpty() || s.equals(NONE)) {
                continue;
            }
            Matcher m = STATEMENT.matcher(s);
            if (!m.matches() || m.group(3).strip().length() > MAX_TITLE) {
                return Optional.empty();
            }
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            String title = m.group(3).strip();
            RewardKind kind = PUNISHMENT.matcher(title).find() ? RewardKind.PUNISHMENT : RewardKind.REWARD;
            records.add(new Decided(kind, LocalDate.of(Integer.parseInt(m.group(1)), month, 1), title));
        }
        return Optional.of(records);
    }
}
