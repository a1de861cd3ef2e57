/**
 * The rotation plugin (ganbu jiaoliu lungang): who must or should be exchanged, terms, avoidance
 * findings and the checks on appointments (DOMAIN §2).
 *
 * <p>The domain is plain Java with explicit inputs: careers as the SDK's {@link
 * cn.zugong.api.career.CadreCareer}, rule values parsed from the pack {@link RotationRules#PACK_ID}.
 * Sub-packages by feature: {@code rules}, {@code career}, {@code due}, {@code term}, {@code
 * avoidance}; {@code data}, {@code service}, {@code ui} and {@code extension} above them.
 */
package cn.zugong.plugin.rotation;
