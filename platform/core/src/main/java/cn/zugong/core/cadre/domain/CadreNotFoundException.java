package cn.zugong.core.cadre.domain;

/**
 * The cadre (or a part of it) does not exist for this user: also what a cadre of another county
 * looks like, so that an id never tells whether it exists elsewhere. The message is a message key.
 */
public class CadreNotFoundException extends RuntimeException {

    public CadreNotFoundException() {
        super("cadre.notFound");
    }
}
