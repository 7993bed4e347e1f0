package nl.zorgkantoor.wlz.budget.domain.berekening;

/**
 * Dutch notation of an amount in cents ({@code € 1.234,56}), as {@code Bedrag.formatteer()} writes it but without
 * creating a NumberFormat per call: explanation texts are built on the hot path of a national run.
 */
final class Euro {

    private Euro() {
    }

    static String tekst(long centen) {
        StringBuilder sb = new StringBuilder(20).append("€ ");
        if (centen < 0) {
            sb.append('-');
            centen = -centen;
        }
        String euro = Long.toString(centen / 100);
        int eersteGroep = euro.length() % 3 == 0 ? 3 : euro.length() % 3;
        sb.append(euro, 0, eersteGroep);
        for (int i = eersteGroep; i < euro.length(); i += 3) {
            sb.append('.').append(euro, i, i + 3);
        }
        long rest = centen % 100;
        return sb.append(',').append(rest < 10 ? "0" : "").append(rest).toString();
    }
}
