package nl.zorgkantoor.wlz.it.uitwisseling;

import jakarta.servlet.annotation.WebServlet;

/** The Zorginstituut for the tests: like {@link TestCak}, answers each AW317 with its AW318, 0200 everywhere. */
@WebServlet("/testzin")
public class TestZorginstituut extends TestCak {
}
