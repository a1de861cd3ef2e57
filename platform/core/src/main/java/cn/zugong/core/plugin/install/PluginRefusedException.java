package cn.zugong.core.plugin.install;

/** A jar was not installed; the review says why. Nothing was changed. */
public class PluginRefusedException extends RuntimeException {

    private final transient PluginReview review;

    public PluginRefusedException(PluginReview review) {
        super(review.problems().toString());
        this.review = review;
    }

    public PluginReview review() {
        return review;
    }
}
