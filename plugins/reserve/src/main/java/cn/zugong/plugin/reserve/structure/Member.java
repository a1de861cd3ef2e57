package cn.zugong.plugin.reserve.structure;

import cn.zugong.plugin.reserve.candidate.Horizon;

/**
 * What the structure analysis counts of an approved member.
 *
 * @param woman recorded from the cadre's file
 * @param nonParty not a CCP member
 * @param ageAtReference age at the batch's reference date (V-R3)
 * @param horizon 近期/中期/远期
 */
public record Member(boolean woman, boolean nonParty, int ageAtReference, Horizon horizon) {}
