package nl.zorgkantoor.wlz.regelingen.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BestandTest {

    @Test
    void pdfPngEnJpegWordenHerkend() {
        assertThat(new Bestand("a.pdf", Geval.PDF).mimeType()).isEqualTo("application/pdf");
        assertThat(new Bestand("a.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}).mimeType())
                .isEqualTo("image/png");
        assertThat(new Bestand("a.JPG", new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}).mimeType())
                .isEqualTo("image/jpeg");
    }

    @Test
    void slechteBestandenHelderGeweigerd() {
        assertThatThrownBy(() -> new Bestand("leeg.pdf", new byte[0])).hasMessageContaining("is leeg");
        assertThatThrownBy(() -> new Bestand("virus.pdf", "MZ\u0090\u0000".getBytes()))
                .hasMessageContaining("geen PDF, PNG of JPEG");
        assertThatThrownBy(() -> new Bestand("brief.docx", Geval.PDF)).hasMessageContaining("past niet bij de inhoud");
        assertThatThrownBy(() -> new Bestand(" ", Geval.PDF)).hasMessageContaining("geen naam");
        byte[] groot = new byte[Bestand.MAX_BYTES + 1];
        System.arraycopy(Geval.PDF, 0, groot, 0, Geval.PDF.length);
        assertThatThrownBy(() -> new Bestand("groot.pdf", groot)).hasMessageContaining("groter dan 10 MB");
    }
}
