package cn.zugong.plugin.reserve.structure;

import cn.zugong.plugin.reserve.candidate.Horizon;

/**
 * What the structure analysis counts of an approved member.
 *
 * @param name the member's name, listed under the figures that count the member (drill-down)
 * @param unit the unit of the member's main post at the batch's reference date, empty when none
 *     (V-R4: the figures drill down by unit)
 * @param woman as the registry's file records
 * @param nonParty not a CCP member, as the registry's file records
 * @param ageAtReference age at the batch's reference date (V-R3)
 * @param horizon 近期/中期/远期
 */
public record Member(String name, String unit, boolean woman, boolean nonParty, int ageAtReference, Horizon horizon) {}
