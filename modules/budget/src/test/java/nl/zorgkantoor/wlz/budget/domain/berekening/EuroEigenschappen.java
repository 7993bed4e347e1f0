package nl.zorgkantoor.wlz.budget.domain.berekening;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import nl.zorgkantoor.wlz.kernel.Bedrag;

class EuroEigenschappen {

    @Property(tries = 2000)
    void schrijftPreciesZoalsBedragFormatteer(@ForAll @LongRange(min = 0, max = 100_000_000_000L) long centen) {
        assertThat(Euro.tekst(centen)).isEqualTo(Bedrag.centen(centen).formatteer());
    }
}
