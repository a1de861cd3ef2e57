package cn.zugong.core.intake.domain;

import java.util.UUID;

/**
 * A candidate of a county's case under pre-appointment publicity, with only what the publicity
 * itself publishes: the name, the current post and the proposed post.
 *
 * @param caseId the case in publicity
 * @param cadreId the candidate
 * @param name the candidate's name
 * @param currentPost unit and title of the current main post, or empty
 * @param proposedPost unit and title of the post the case fills, or empty
 */
public record PublicCandidate(UUID caseId, UUID cadreId, String name, String currentPost, String proposedPost) {}
