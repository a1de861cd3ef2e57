/**
 * Cross-county transfer (xianji jiaoliu): proposals by a department above two counties, the two
 * counties' answers, and the move of a cadre's file from one county to the other, the one write
 * that crosses tenants (ARCHITECTURE.md, Tenancy). {@code domain}: the proposal and its rules;
 * {@code application}: the use cases (the SDK's {@code CadreTransfers}) and the move;
 * {@code infrastructure}: the file's rows copied through the wall, one county bound at a time.
 */
package cn.zugong.core.transfer;
