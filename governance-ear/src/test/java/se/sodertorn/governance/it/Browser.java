package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.providers.FileAxeScriptProvider;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, as a user at the application. Every page it opens and every
 * dialog it shows is checked with axe-core against WCAG 2.1 A and AA; a violation of any impact fails the test.
 * The axe-core release is the one {@code scripts/install-test-tools.sh} fetched (system property
 * {@code axe.script}); without it, the one bundled with the Selenium integration.
 */
public final class Browser implements AutoCloseable {

    /** The test server's HTTP port: 8080 unless the build says another. */
    private static final String PORT = System.getProperty("governance.test.http.port", "8080");
    public static final String BASE = "http://localhost:" + PORT + "/governance/";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String AXE_SCRIPT = System.getProperty("axe.script", "");
    private static final int MOST_TAB_STOPS = 150;

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    private Browser(WebDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public static Browser start() {
        Path downloads = temporaryDirectory("governance-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=sv-SE", "--user-data-dir=" + temporaryDirectory("governance-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), downloads);
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Opens a page of the application (path relative to the context root) and checks its accessibility. */
    public Browser open(String path) {
        driver.get(BASE + path);
        settle();
        checkAccessibility();
        return this;
    }

    public void login(String username, String password) {
        open("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        checkAccessibility();
    }

    public void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        element.sendKeys(text);
    }

    public void click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
        settle();
    }

    /** Clicks and waits until the dialog is shown, then checks the page with the dialog open. */
    public void openDialog(By trigger, By dialog) {
        click(trigger);
        wait.until(ExpectedConditions.visibilityOfElementLocated(dialog));
        checkAccessibility();
    }

    /**
     * Picks an entry of a PrimeFaces select-one menu by its label: opens the menu as a user would, then selects
     * the entry through the menu's widget (clicks on the animated panel are unreliable in headless Chromium).
     */
    public void choose(String menuId, String label) {
        click(By.id(menuId));
        Object chosen = ((JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]);"
                        + "var options = document.getElementById(arguments[0] + '_input').options;"
                        + "for (var i = 0; i < options.length; i++) {"
                        + "  if (options[i].text === arguments[1]) { w.selectItem(w.items.eq(i)); w.hide(); return true; }"
                        + "}"
                        + "return false;", menuId, label);
        if (!Boolean.TRUE.equals(chosen)) {
            fail("no entry '" + label + "' in " + menuId);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
        settle();
    }

    /** Types into a PrimeFaces autocomplete and picks the first suggestion containing the text. */
    public void suggest(String autocompleteId, String typed, String pick) {
        type(By.id(autocompleteId + "_input"), typed);
        By item = By.xpath("//*[@id='" + autocompleteId + "_panel']//li[contains(., '" + pick + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        settle();
    }

    /**
     * Sends keys to the element that has focus, as a keyboard does, and waits for what they set off. (On a file
     * field, where the driver would take the keys for a file's name, they go through the keyboard actions instead.)
     */
    public void press(CharSequence... keys) {
        try {
            sendToFocused(keys);
        } catch (StaleElementReferenceException redrawn) {
            settle();
            sendToFocused(keys);
        }
        settle();
    }

    /** Sends keys to the focused element; an Ajax update that redraws it meanwhile makes it stale. */
    private void sendToFocused(CharSequence... keys) {
        WebElement active = driver.switchTo().activeElement();
        if ("file".equals(active.getDomAttribute("type"))) {
            new Actions(driver).sendKeys(keys).perform();
        } else {
            active.sendKeys(keys);
        }
    }

    /** Presses Tab until the control has focus, then Enter, as a keyboard user presses a button. */
    public void tabToAndEnter(By control) {
        tabTo(control);
        press(Keys.ENTER);
    }

    /**
     * Opens a dialog by keyboard (Tab to its opener, Enter), waits until it is shown with focus on the field, and
     * checks the page with the dialog open.
     */
    public void openDialogByKeyboard(By opener, By dialog, String focusedField) {
        tabToAndEnter(opener);
        waitFor(dialog);
        waitForFocus(focusedField);
        checkAccessibility();
    }

    /** Presses Tab until the target has focus; fails after {@value #MOST_TAB_STOPS} stops. */
    public void tabTo(By target) {
        tabTo(target, Keys.TAB);
    }

    /** Presses Shift+Tab until the target has focus; fails after {@value #MOST_TAB_STOPS} stops. */
    public void tabBackTo(By target) {
        tabTo(target, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private void tabTo(By target, CharSequence tab) {
        wait.until(ExpectedConditions.presenceOfElementLocated(target));
        for (int stop = 0; stop < MOST_TAB_STOPS; stop++) {
            if (hasFocus(target)) {
                return;
            }
            press(tab);
        }
        fail("no Tab stop reaches " + target + "; focus is on '" + focused() + "'");
    }

    private boolean hasFocus(By target) {
        return driver.findElements(target).contains(driver.switchTo().activeElement());
    }

    /** The id of the element that has focus: "" when it has none, or when nothing has focus (the page's body). */
    public String focused() {
        return String.valueOf(script("var active = document.activeElement;"
                + " return active && active !== document.body ? active.id : '';"));
    }

    /** Waits until the element with the id has focus (focus moves a moment after an update or a dialog closing). */
    public void waitForFocus(String id) {
        try {
            wait.until(d -> id.equals(focused()));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("focus is on '" + focused() + "', not on '" + id + "'");
        }
    }

    /** The attribute of the element that has focus, e.g. aria-invalid; null when it has none. */
    public String focusedAttribute(String name) {
        return driver.switchTo().activeElement().getDomAttribute(name);
    }

    /** The text of what describes the element that has focus (aria-describedby), e.g. its error message. */
    public String focusedDescription() {
        return String.valueOf(script("var ids = (document.activeElement.getAttribute('aria-describedby') || '')"
                + ".split(/\\s+/).filter(Boolean);"
                + " return ids.map(function (id) { var e = document.getElementById(id); return e ? e.textContent.trim() : ''; })"
                + ".join(' ');"));
    }

    /** Whether the element is shown (present and visible), without waiting. */
    public boolean shown(By target) {
        return driver.findElements(target).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Chooses a file in a file input, as the file dialog would. */
    public void attach(By fileInput, Path file) {
        driver.findElement(fileInput).sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until the condition holds on the page, e.g. a filtered table showing one row. */
    public void waitUntil(Function<WebDriver, Boolean> condition) {
        wait.until(condition);
        settle();
    }

    public WebElement waitFor(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    public void waitForText(By target, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(target, text));
    }

    public List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    /**
     * Whether the page would ask "leave the page?" if the user left it now: whether it cancels the unload. (The
     * driver answers the browser's real question by itself, so the test asks the page.)
     */
    public boolean wouldAskBeforeLeaving() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var leaving = new Event('beforeunload', {cancelable: true});"
                        + "window.dispatchEvent(leaving); return leaving.defaultPrevented;"));
    }

    /** The value of a cookie the browser holds for the application, or {@code null}. */
    public String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Loads the current page again, as the browser's reload button does. */
    public void reload() {
        driver.navigate().refresh();
        settle();
    }

    /** The value of a form field. */
    public String value(By field) {
        return waitFor(field).getAttribute("value");
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String source() {
        return driver.getPageSource();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Runs a script in the page, e.g. to measure what the user sees, and returns what it returns. */
    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** The HTTP status of a GET of the path (relative to the context root), asked in this browser's session. */
    public long status(String path) {
        return ((Number) script("var request = new XMLHttpRequest(); request.open('GET', arguments[0], false);"
                + " request.send(); return request.status;", BASE + path)).longValue();
    }

    /** The values on the value axis of a drawn PrimeFaces chart, waiting until it is drawn. */
    public List<Double> chartTicks(String chartId) {
        List<?> ticks = (List<?>) wait.until(d -> script("var widget = PrimeFaces.getWidgetById(arguments[0]);"
                + " if (!widget || !widget.chart) { return null; }"
                + " return widget.chart.scales.y.ticks.map(function (tick) { return tick.value; });", chartId));
        return ticks.stream().map(tick -> ((Number) tick).doubleValue()).toList();
    }

    /** The fields and labels of the dialog's form that reach past its right or left edge: none when all fit. */
    public List<String> outsideOfDialog(String dialogId) {
        List<?> outside = (List<?>) script("var dialog = document.getElementById(arguments[0]);"
                + " var edge = dialog.querySelector('.ui-dialog-content').getBoundingClientRect(); var outside = [];"
                + " dialog.querySelectorAll('.form-grid > *, .form-grid .ui-selectonemenu, .form-grid .ui-inputfield')"
                + ".forEach(function (e) { var box = e.getBoundingClientRect();"
                + " if (box.right > edge.right + 1 || box.left < edge.left - 1) {"
                + " outside.push(e.id || e.className); } });"
                + " return outside;", dialogId);
        return outside.stream().map(String::valueOf).toList();
    }

    /** Whether the element is wholly inside the browser window, as after scrolling to it. */
    public boolean inView(By target) {
        return Boolean.TRUE.equals(script("var box = arguments[0].getBoundingClientRect();"
                + " return box.top >= 0 && box.bottom <= window.innerHeight;", waitFor(target)));
    }

    /**
     * Sets the page's viewport to the given size in CSS pixels, as a small window or a zoomed page shows it (320 wide
     * is a 1280 pixel window at 400 %, 640 by 500 one at 200 %); pages opened afterwards keep it.
     */
    public void resize(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", false));
        wait.until(d -> Long.valueOf(width).equals(script("return window.innerWidth;")));
    }

    /** How many CSS pixels the page reaches past the window's right edge: 0 when it does not scroll sideways. */
    public long sidewaysScroll() {
        return ((Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
    }

    /**
     * What reaches past the window's right edge, for a message: the innermost elements, and the texts, that stick out
     * and are not inside a box that scrolls them.
     */
    public List<String> outsideOfWindow() {
        List<?> outside = (List<?>) script("var width = document.documentElement.clientWidth; var outside = [];"
                + " function scrolled(e) { for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
                + "   if (getComputedStyle(a).overflowX !== 'visible') { return true; } } return false; }"
                + " document.querySelectorAll('body *').forEach(function (e) { var box = e.getBoundingClientRect();"
                + "   if (box.right > width + 0.5 && !scrolled(e) && !Array.prototype.some.call(e.children, function (c) {"
                + "     return c.getBoundingClientRect().right > width + 0.5; })) {"
                + "     outside.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(box.right)); } });"
                + " var texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), text;"
                + " while ((text = texts.nextNode())) { var range = document.createRange(); range.selectNodeContents(text);"
                + "   var box = range.getBoundingClientRect(); if (box.right > width + 0.5 && !scrolled(text)) {"
                + "     outside.push('\"' + text.textContent.trim().substring(0, 40) + '\" ' + Math.round(box.right)); } }"
                + " return outside.slice(0, 10);");
        return outside.stream().map(String::valueOf).toList();
    }

    /** The texts of the table cells whose content is wider than the cell (cut off or spilling over): none when all wrap. */
    public List<String> clippedCells() {
        List<?> clipped = (List<?>) script("var clipped = []; document.querySelectorAll('td, th').forEach(function (cell) {"
                + " if (cell.scrollWidth > cell.clientWidth + 1) {"
                + " clipped.push(cell.textContent.trim().substring(0, 40)); } }); return clipped;");
        return clipped.stream().map(String::valueOf).toList();
    }

    /** Whether the element's box lies wholly inside the window, as it is now. */
    public boolean insideWindow(By target) {
        return Boolean.TRUE.equals(script("var box = arguments[0].getBoundingClientRect();"
                + " return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight"
                + " && box.right <= window.innerWidth;", waitFor(target)));
    }

    /**
     * Whether the user can reach the element: scrolled into view inside the boxes that scroll it (a dialog's content),
     * it lies wholly inside the window and nothing covers its middle.
     */
    public boolean reachable(By target) {
        return Boolean.TRUE.equals(script("var e = arguments[0]; e.scrollIntoView({block: 'nearest', inline: 'nearest'});"
                + " var box = e.getBoundingClientRect();"
                + " if (box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) {"
                + "   return false; }"
                + " var hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);"
                + " return hit !== null && (hit === e || e.contains(hit));", waitFor(target)));
    }

    /** Waits until a download with the given name has finished, and returns it. */
    public Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /**
     * Waits for the page to load, for a table search waiting for a pause in typing and for PrimeFaces' Ajax queue
     * to drain.
     */
    public void settle() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !document.querySelector('[data-filter-pending]') && (!window.PrimeFaces"
                                + " || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0)));")));
        checkNoScriptBlocked();
    }

    /**
     * Fails when the browser reported a script the page's Content Security Policy refused since the last check:
     * such a script is a feature that silently does nothing.
     */
    public void checkNoScriptBlocked() {
        List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(message -> message.contains("Content Security Policy")).toList();
        if (!blocked.isEmpty()) {
            fail("Scripts refused by the Content Security Policy on " + driver.getCurrentUrl() + ":\n"
                    + String.join("\n", blocked));
        }
    }

    /** Fails on any axe-core violation of WCAG 2.1 A or AA by the page as it is now, whatever its impact. */
    public void checkAccessibility() {
        waitForTransitions();
        Results results = axe().analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            screenshot("axe-" + System.currentTimeMillis());
            fail("Accessibility violations on " + driver.getCurrentUrl() + " (axe " + results.getTestEngine().getVersion()
                    + "):\n" + violations.stream()
                    .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " "
                            + rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getHtml()).limit(5).toList())
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * Waits until no button is busy (PrimeFaces greys a button while its request runs and a little after) and no
     * transition or other finite animation runs, e.g. that button fading back, so that colours are measured as they
     * end up (endless animations, like the busy spinner, are not waited for).
     */
    private void waitForTransitions() {
        wait.until(d -> Boolean.TRUE.equals(script("return document.querySelector('.ui-state-loading') === null"
                + " && document.getAnimations().every(function (animation) { return animation.playState !== 'running'"
                + " || animation.effect.getComputedTiming().endTime === Infinity; });")));
    }

    private static AxeBuilder axe() {
        AxeBuilder builder = new AxeBuilder().withTags(WCAG_21_AA);
        if (!AXE_SCRIPT.isBlank() && Files.isRegularFile(Path.of(AXE_SCRIPT))) {
            try {
                builder.setAxeScriptProvider(new FileAxeScriptProvider(AXE_SCRIPT));
            } catch (FileNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return builder;
    }

    /** Saves a screenshot under target/screenshots, for looking at a failure. */
    public void screenshot(String name) {
        try {
            Path directory = Path.of("target", "screenshots");
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("No screenshot: " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
