package nl.zorgkantoor.wlz.uitwisseling.regels;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** What the database would know, set per test. */
class VasteKennis implements Kennis {

    final Map<String, Long> hoogsteBesluit = new HashMap<>();
    final Map<String, String> zzpPerBesluit = new HashMap<>();
    final Map<String, String> aanleveringen = new HashMap<>();

    VasteKennis besluit(String bsn, long nummer, String zzpCode) {
        hoogsteBesluit.merge(bsn, nummer, Math::max);
        zzpPerBesluit.put(bsn + "/" + nummer, zzpCode);
        return this;
    }

    @Override
    public OptionalLong hoogsteBesluitnummer(String bsn) {
        Long n = hoogsteBesluit.get(bsn);
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }

    @Override
    public boolean clientBekend(String bsn) {
        return hoogsteBesluit.containsKey(bsn);
    }

    @Override
    public Optional<String> zzpCodeVanBesluit(String bsn, long besluitnummer) {
        return Optional.ofNullable(zzpPerBesluit.get(bsn + "/" + besluitnummer));
    }

    @Override
    public Optional<String> aanleverstatus(String sleutel) {
        return Optional.ofNullable(aanleveringen.get(sleutel));
    }
}
