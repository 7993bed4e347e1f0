package nl.zorgkantoor.wlz.budget.infrastructure.tarief;

/**
 * Tariff version 1: the years 2015-2026 from {@code db/tarieven/2015-2026}. Published figures where the seeds give
 * them (ekt 25%, pab maximum 2016 and 2019, meerzorg threshold); every other amount is marked "illustratief".
 */
public class V2__Tarieven_2015_2026 extends CsvTariefMigratie {

    public V2__Tarieven_2015_2026() {
        super("db/tarieven/2015-2026", 1, "Tarieven 2015-2026 (published figures from the seeds, others illustratief)");
    }
}
