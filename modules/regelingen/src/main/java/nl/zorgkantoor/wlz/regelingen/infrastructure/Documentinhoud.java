package nl.zorgkantoor.wlz.regelingen.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The bytes of an attached document, kept apart from the case so loading a case never loads its files. */
@Entity
@Table(name = "document_inhoud")
@SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
class Documentinhoud {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    private Long id;
    @Column(name = "inhoud", nullable = false)
    private byte[] inhoud;

    protected Documentinhoud() {
    }

    Documentinhoud(byte[] inhoud) {
        this.inhoud = inhoud;
    }

    Long id() {
        return id;
    }

    byte[] inhoud() {
        return inhoud;
    }
}
