// The verify page in Debian's chromium: it verifies in the browser with the JavaScript verifier,
// trusting nothing from the server but the bundle's bytes. A valid bundle shows "Verified" with
// every check; a tampered one names the check that failed; an unreachable RPC gives "Cannot
// verify"; a recalled batch shows the banner. Saved bundle files verify on /verify and on the
// standalone page opened from disk with no server. Screenshots: test-artifacts/web/.
"use strict";

const { expect } = require("chai");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { freePort } = require("../../scripts/lib/hardhat-node");
const { useVectorChain } = require("../js/support/vector-chain");
const { allianceWorld } = require("./support/alliance-world");
const { launchBrowser, openPage, settledVerdict, screenshot, PHONE } = require("./support/browser");

const VECTORS = path.join(__dirname, "..", "vectors", "bundles");
const CHECKS = ["format", "entries", "proofs", "history", "chain", "contracts", "anchor", "confirmations", "alliance", "recall", "coldChain"];

describe("the verify page, in chromium", function () {
  this.timeout(180_000);
  const vectors = useVectorChain();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "anchor-web-page-"));
  let world;
  let browser;
  const linkOf = ({ gtin, lot }) => `${world.server}/01/${gtin}/10/${encodeURIComponent(lot)}`;
  const checks = (page) => page.$$eval("#checks li", (items) => items.map((i) => ({ name: i.dataset.check, status: i.dataset.status })));
  const vectorFile = (name) => {
    const file = path.join(scratch, `${name}.json`);
    fs.writeFileSync(file, JSON.stringify(require(path.join(VECTORS, `${name}.json`)).bundle));
    return file;
  };

  before(async function () {
    world = await allianceWorld();
    browser = await launchBrowser();
  });
  after(async function () {
    if (browser) await browser.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("shows a valid batch as Verified, with every check, the timeline, the chart and the alliance name from the chain", async function () {
    const { page, errors } = await openPage(browser.context);
    await page.setViewportSize(PHONE);
    await page.goto(linkOf(world.batches[0]));
    const verdict = await settledVerdict(page);
    await screenshot(page, "verified-phone");
    await screenshot(page, "verified-phone-timeline", "#timeline-card");
    expect(verdict.state, verdict.text).to.equal("valid");
    expect(verdict.title).to.equal("Verified");
    expect(await checks(page)).to.deep.equal(CHECKS.map((name) => ({ name, status: "pass" })));
    expect(await page.textContent("#alliance-name")).to.equal("By-Health");
    expect(await page.isHidden("#recall")).to.equal(true);
    const kinds = await page.$$eval("#timeline li", (items) => items.map((i) => i.dataset.kind));
    expect(kinds).to.include.members(["origin", "qc", "production", "packing", "cold-chain", "customs", "receiving"]);
    expect(await page.textContent("#timeline")).to.include("Cultivation and harvest").and.include("Export customs").and.include("urn:epc:id:sgln:");
    expect(Number(await page.getAttribute("svg.chart", "data-points"))).to.be.above(10);
    expect(await page.textContent("#anchor-facts")).to.include("found on chain as stated");
    expect(errors, errors.join("\n")).to.deep.equal([]);
    await page.close();
  });

  it("shows the recall banner for a recalled batch and names the recall check", async function () {
    const { page, errors } = await openPage(browser.context, linkOf(world.recalled));
    const verdict = await settledVerdict(page);
    await screenshot(page, "recalled");
    expect(verdict).to.include({ state: "invalid", check: "recall" });
    expect(verdict.title).to.equal("Not valid");
    expect(await page.isVisible("#recall")).to.equal(true);
    const banner = await page.textContent("#recall");
    expect(banner).to.include("RECALLED").and.include(world.recallReason);
    expect(await page.getAttribute("#recall", "data-source")).to.equal("chain");
    expect(errors, errors.join("\n")).to.deep.equal([]);
    await page.close();
  });

  it("says Cannot verify, never Verified, when the RPC cannot be reached", async function () {
    const { page } = await openPage(browser.context, linkOf(world.batches[0]));
    expect((await settledVerdict(page)).state).to.equal("valid");
    await page.fill("#rpc", `http://127.0.0.1:${await freePort()}`);
    await page.click("#settings button[type=submit]");
    await page.waitForFunction(() => document.getElementById("verdict").dataset.state === "cannot-verify", null, { timeout: 60_000 });
    const verdict = await settledVerdict(page);
    await screenshot(page, "cannot-verify");
    expect(verdict).to.include({ state: "cannot-verify", check: "chain", title: "Cannot verify" });
    expect(verdict.text).to.not.include("Verified");
    const statuses = await checks(page);
    expect(statuses.find((c) => c.name === "proofs").status).to.equal("pass");
    expect(statuses.find((c) => c.name === "chain").status).to.equal("cannot check");
    await page.close();
  });

  it("names the failing check of a tampered bundle loaded from a file", async function () {
    const bundle = await fetch(linkOf(world.batches[0]), { headers: { Accept: "application/json" } }).then((r) => r.json());
    // A passed QC turned into a failed one: the kind of edit a bundle must not survive.
    const entry = bundle.entries.find((e) => /"disposition":\s*"conformant"/.test(e.event));
    const tampered = entry.event.replace(/"disposition":\s*"conformant"/, '"disposition":"non_conformant"');
    expect(tampered).to.not.equal(entry.event);
    entry.event = tampered;
    const file = path.join(scratch, "tampered.json");
    fs.writeFileSync(file, JSON.stringify(bundle));
    const { page } = await openPage(browser.context, `${world.server}/verify`);
    await page.setInputFiles("#file", file);
    const verdict = await settledVerdict(page);
    await screenshot(page, "tampered");
    expect(verdict).to.include({ state: "invalid", check: "proofs", title: "Not valid" });
    expect(verdict.text).to.include("The proofs check failed");
    expect((await checks(page)).find((c) => c.name === "proofs").status).to.equal("fail");
    await page.close();
  });

  it("verifies a saved bundle on /verify, with no server bundle, and marks its excursions on the chart", async function () {
    const { page, errors } = await openPage(browser.context, `${world.server}/verify`);
    expect(await page.getAttribute("#verdict", "data-state")).to.equal("idle");
    await page.fill("#rpc", vectors.url);
    await page.fill("#confirmations", "12");
    await page.setInputFiles("#file", vectorFile("valid-excursion"));
    const verdict = await settledVerdict(page);
    await screenshot(page, "saved-file-excursion");
    await screenshot(page, "saved-file-excursion-chart", "#cold-chain-card");
    expect(verdict.state, verdict.text).to.equal("valid");
    expect(Number(await page.getAttribute("svg.chart", "data-excursions"))).to.equal(3);
    expect(await page.$$eval("svg.chart rect.excursion", (r) => r.length)).to.equal(3);
    expect(await page.$$eval("svg.chart circle.reading.outside", (c) => c.length)).to.be.above(0);
    expect(await page.getAttribute(".cold-verdict", "data-verdict")).to.equal("Excursion");
    expect(await page.$$eval("table.excursions tbody tr", (r) => r.length)).to.equal(3);
    // "Save this bundle" gives back exactly the bytes that were verified.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save")]);
    const saved = path.join(scratch, "saved.json");
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).equals(fs.readFileSync(vectorFile("valid-excursion")))).to.equal(true);
    expect(errors, errors.join("\n")).to.deep.equal([]);
    await page.close();
  });

  it("shows the alliance name the chain records, not the one the bundle claims", async function () {
    const { page } = await openPage(browser.context, `${world.server}/verify`);
    await page.fill("#rpc", vectors.url);
    await page.setInputFiles("#file", vectorFile("alliance-member-wrong-name"));
    const verdict = await settledVerdict(page);
    expect(verdict).to.include({ state: "invalid", check: "alliance" });
    expect(await page.textContent("#alliance-name")).to.equal("By-Health");
    expect(await page.textContent("#batch-facts")).to.not.include("Centrum");
    await page.close();
  });

  it("works as one saved file opened from disk, with no server at all", async function () {
    const html = await fetch(`${world.server}/verify/standalone.html`).then((r) => r.text());
    const file = path.join(scratch, "anchor-verify.html");
    fs.writeFileSync(file, html);
    const { page, errors } = await openPage(browser.context);
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);
    await page.fill("#rpc", vectors.url);
    await page.setInputFiles("#file", vectorFile("valid-within-range"));
    const verdict = await settledVerdict(page);
    await screenshot(page, "standalone-offline");
    expect(verdict.state, verdict.text).to.equal("valid");
    expect(requests.filter((u) => !u.startsWith("file:") && !u.startsWith(vectors.url) && !u.startsWith("data:"))).to.deep.equal([]);
    expect(errors, errors.join("\n")).to.deep.equal([]);
    await page.close();
  });
});
