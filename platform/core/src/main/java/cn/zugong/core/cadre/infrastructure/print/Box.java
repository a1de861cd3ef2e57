package cn.zugong.core.cadre.infrastructure.print;

/** A rectangle on the page in points, origin at the bottom left as PDF has it. */
record Box(float x, float y, float width, float height) {

    float top() {
        return y + height;
    }

    float right() {
        return x + width;
    }

    Box inset(float padding) {
        return new Box(x + padding, y + padding, width - 2 * padding, height - 2 * padding);
    }

    Box lowered(float distance) {
        return new Box(x, y - distance, width, height);
    }

    /** The same box without a strip of the given height at its bottom. */
    Box raisedBottom(float strip) {
        return new Box(x, y + strip, width, height - strip);
    }
}
