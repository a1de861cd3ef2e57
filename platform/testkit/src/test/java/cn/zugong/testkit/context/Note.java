package cn.zugong.testkit.context;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A fixture plugin's entity: a county's note on a cadre. */
@Entity
@Table(name = "memo_note")
public class Note {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantId;

    private String text;

    @Column(name = "cadre_id")
    private UUID cadreId;

    protected Note() {}

    Note(String text, UUID cadreId) {
        this.id = UUID.randomUUID();
        this.text = text;
        this.cadreId = cadreId;
    }

    String text() {
        return text;
    }

    String tenantId() {
        return tenantId;
    }
}
