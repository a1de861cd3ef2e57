package cn.zugong.deployment.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's, never a downloaded one) signed in to the portal as one demo user.
 * Skipped when Chromium is missing, unless {@code CI=true}.
 */
final class Browser implements AutoCloseable {

    static final String PASSWORD = "zugong-demo";
    private static final Path CHROMIUM = Path.of(System.getProperty("zugong.it.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("zugong.it.chromedriver", "/usr/bin/chromedriver"));

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static Browser open() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            if (FullStack.ci()) {
                throw new IllegalStateException(
                        "Chromium and chromedriver are required on CI: " + CHROMIUM + ", " + DRIVER);
            }
            Assumptions.abort("Chromium not installed (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1400,1000",
                "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("zugong-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Opens a portal page as a user, through the Keycloak login form. */
    static Browser as(String username, String path) throws Exception {
        Browser browser = open();
        browser.login(username, path);
        return browser;
    }

    void login(String username, String path) {
        driver.get(FullStack.portalUrl() + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        waitForShell();
    }

    void go(String path) {
        driver.get(FullStack.portalUrl() + path);
        waitForShell();
    }

    void waitForShell() {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("side-nav")));
        } catch (TimeoutException noFrame) {
            throw new TimeoutException("No portal frame; the browser shows " + whereItIs(), noFrame);
        }
    }

    /** The address, title and the start of the text of the page shown, for a failure's message. */
    String whereItIs() {
        String text;
        try {
            text = driver.findElement(By.tagName("body")).getText();
        } catch (WebDriverException none) {
            text = "";
        }
        text = text.replaceAll("\\s+", " ").strip();
        return driver.getCurrentUrl() + " \"" + driver.getTitle() + "\": "
                + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
    }

    List<String> gridTexts() {
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .toList();
    }

    void waitForGridText(String text) {
        wait.until(d -> gridTexts().contains(text));
    }

    void search(String text) {
        driver.findElement(By.cssSelector("#unit-search input")).sendKeys(text);
    }

    /**
     * The side navigation's text. The navigation is rebuilt when a module is switched on or off, so
     * a read may hit the old node as it leaves the document: read again then.
     */
    String navText() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.id("side-nav")).getText();
            } catch (WebDriverException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty()
                && driver.findElement(By.id(id)).isDisplayed();
    }

    /** Picks an item of a Vaadin select or combo box by its visible text. */
    void choose(String fieldId, String itemTag, String text) {
        WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(5));
        for (int attempt = 1; ; attempt++) {
            WebElement field = driver.findElement(By.id(fieldId));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
            field.click();
            try {
                shortWait.until(
                        d -> d.findElements(By.tagName(itemTag)).stream().anyMatch(i -> names(i.getText(), text)));
                break;
            } catch (org.openqa.selenium.TimeoutException closed) {
                // the overlay of the previous field may still have been closing: open again
                if (attempt == 3) {
                    throw closed;
                }
            }
        }
        driver.findElements(By.tagName(itemTag)).stream()
                .filter(i -> names(i.getText(), text))
                .findFirst()
                .orElseThrow()
                .click();
        settled();
    }

    /**
     * Waits until the page's Vaadin client has no request in flight. A choice travels to the server
     * in its own request, while an upload goes by another: without this wait an upload right after
     * a choice could reach the server before the choice did.
     */
    void settled() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("const f = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + " return !f || Object.values(f).every(c => !c.isActive || !c.isActive());"));
    }

    /**
     * Whether a picker's item is the one named: the same text, or a position told apart from equal
     * titles by its place and holder ("2. 副局长（王明）" for "副局长").
     */
    private static boolean names(String item, String text) {
        return item.equals(text) || item.matches("\\d+\\. " + Pattern.quote(text) + "（.*）");
    }

    /** Clicks a component, scrolled to the middle of the window first (clear of notifications at the edges). */
    void click(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /**
     * Presses the confirm button of an open confirm dialog. Its buttons sit in a native popover that
     * Selenium may judge hidden, so the click is the browser's own, once the button exists.
     */
    void confirm(String dialogId) {
        String button = "document.querySelector('vaadin-confirm-dialog#" + dialogId + " [slot=\"confirm-button\"]')";
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return " + button + " != null"));
        ((JavascriptExecutor) driver).executeScript(button + ".click()");
    }

    /**
     * The visible text of a component, scrolled to the middle of the window first. The portal's
     * content scrolls inside the app layout: once a click scrolled it down, the driver reads no text
     * of an element above the window (an empty string), though the page shows it when scrolled back.
     */
    String text(String id) {
        WebElement element = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element.getText();
    }

    void type(String id, String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + id + " input")))
                .sendKeys(text);
    }

    /** Sets a date picker's value (ISO date) as the component does on a pick, so the server receives it. */
    void date(String id, String isoDate) {
        WebElement picker = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", picker, isoDate);
        wait.until(d -> !picker.findElement(By.cssSelector("input"))
                .getAttribute("value")
                .isEmpty());
    }

    /** Vaadin's upload keeps its file input in its shadow root; the driver sends the path to it. */
    void upload(String uploadId, Path file) {
        WebElement upload = wait.until(d -> d.findElement(By.id(uploadId)));
        WebElement input = (WebElement) ((JavascriptExecutor) driver)
                .executeScript(
                        "const u = arguments[0];"
                                + " return (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'))"
                                + " || u.querySelector('input[type=file]');",
                        upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
