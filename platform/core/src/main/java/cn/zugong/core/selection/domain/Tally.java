package cn.zugong.core.selection.domain;

import java.util.UUID;

/**
 * One candidate's recommendation result.
 *
 * @param interviewVotes how many interviewed named the candidate (tanhua diaoyan tuijian), or null
 * @param meetingVotes the candidate's votes at the recommendation meeting (huiyi tuijian), or null
 */
public record Tally(UUID cadreId, Integer interviewVotes, Integer meetingVotes) {}
