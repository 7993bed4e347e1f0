package nl.zorgkantoor.wlz.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RetourCode values of a retour message, in document order (innermost classes close first).
 *
 * <p>Tests check these instead of searching the whole XML for a code: a BSN such as 199019502 contains
 * "9019", and that made a substring check fail at random.
 */
public final class Retourcodes {

    private static final Pattern RETOURCODE = Pattern.compile("<(?:\\w+:)?RetourCode>(\\w+)</(?:\\w+:)?RetourCode>");

    private Retourcodes() {
    }

    public static List<String> van(String retour) {
        Matcher m = RETOURCODE.matcher(retour);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** True when the retour carries codes and every one of them is 0200 (nothing found). */
    public static boolean alleGoed(String retour) {
        List<String> codes = van(retour);
        return !codes.isEmpty() && codes.stream().allMatch("0200"::equals);
    }
}
