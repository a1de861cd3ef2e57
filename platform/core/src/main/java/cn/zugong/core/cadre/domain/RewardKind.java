package cn.zugong.core.cadre.domain;

/** Whether a record is a reward or a punishment (punishments are sensitive). Labels: message key {@code cadre.reward-kind.<NAME>}; form text: {@link FormTexts}. */
public enum RewardKind {
    REWARD,
    PUNISHMENT
}
