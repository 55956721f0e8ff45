// Debian's chromium driven by playwright-core, for the verify page's tests: headless, no
// sandbox (containers), nothing fetched on its own (no component updates, sync, QUIC), and a
// fresh profile in a temporary folder for every launch. Screenshots go to test-artifacts/web/.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");
const { REPO_ROOT } = require("../../../scripts/lib/hardhat-node");

const CHROMIUM = process.env.ANCHOR_CHROMIUM || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const ARTIFACTS = path.join(REPO_ROOT, "test-artifacts", "web");

/** A phone's viewport: importers scan QR codes. */
const PHONE = { width: 390, height: 844 };

/**
 * Launches chromium with a fresh profile.
 * @returns {Promise<{context: import("playwright-core").BrowserContext, close: () => Promise<void>}>}
 */
async function launchBrowser({ viewport = { width: 1000, height: 900 } } = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), or set ANCHOR_CHROMIUM`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "anchor-web-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a page that records its console errors and uncaught exceptions (a test asserts none).
 * @returns {Promise<{page: import("playwright-core").Page, errors: string[]}>}
 */
async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  if (url) await page.goto(url);
  return { page, errors };
}

/** Waits until the page has a verdict (or failed to load a bundle) and returns its state. */
async function settledVerdict(page, timeoutMs = 60_000) {
  await page.waitForFunction(() => ["valid", "invalid", "cannot-verify", "error"].includes(document.getElementById("verdict").dataset.state), null, { timeout: timeoutMs });
  return page.$eval("#verdict", (v) => ({ state: v.dataset.state, check: v.dataset.check || null, title: v.querySelector("h1").textContent, text: v.textContent }));
}

/**
 * Saves a screenshot as test-artifacts/web/<name>.png: what the viewport shows (the verdict, the
 * banner), or only the element `selector` picks (the chart); small enough to keep.
 */
async function screenshot(page, name, selector = null) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path: file });
  else await page.screenshot({ path: file });
  return file;
}

module.exports = { launchBrowser, openPage, settledVerdict, screenshot, PHONE, ARTIFACTS };
