package cn.zugong.core.intake.domain;

/**
 * The channel's limits (DOMAIN §4.5: web reports of 800–1000 characters, about 5 per computer and
 * day), each a system property of the portal.
 *
 * @param textLength the longest report, in characters ({@code zugong.intake.text-length}, 1000)
 * @param nameLength the longest name or contact ({@code zugong.intake.name-length}, 100)
 * @param perAddressPerDay reports one address may file per day ({@code zugong.intake.daily}, 5)
 * @param perMinute reports the whole page takes per minute, from everyone ({@code
 *     zugong.intake.global-rate}, 120)
 * @param attachments files per report ({@code zugong.intake.attachments}, 3)
 * @param attachmentBytes the largest file ({@code zugong.intake.attachment-bytes}, 2 MiB)
 * @param powBits the proof of work's difficulty in zero bits ({@code zugong.intake.pow-bits}, 18)
 * @param powMinutes how long a challenge stays valid ({@code zugong.intake.pow-minutes}, 30)
 */
public record ChannelLimits(
        int textLength,
        int nameLength,
        int perAddressPerDay,
        int perMinute,
        int attachments,
        int attachmentBytes,
        int powBits,
        int powMinutes) {

    public static ChannelLimits fromSystemProperties() {
        return new ChannelLimits(
                Integer.getInteger("zugong.intake.text-length", 1000),
                Integer.getInteger("zugong.intake.name-length", 100),
                Integer.getInteger("zugong.intake.daily", 5),
                Integer.getInteger("zugong.intake.global-rate", 120),
                Integer.getInteger("zugong.intake.attachments", 3),
                Integer.getInteger("zugong.intake.attachment-bytes", 2 * 1024 * 1024),
                Integer.getInteger("zugong.intake.pow-bits", 18),
                Integer.getInteger("zugong.intake.pow-minutes", 30));
    }
}
