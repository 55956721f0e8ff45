// The HTTP face of `indexer serve`, as a GS1 Digital Link resolver and a JSON API: content
// negotiation on /01/{gtin}/10/{lot} (JSON for machines, HTML for people, linkType), the answers
// for unknown, malformed and unanchored batches, /api/anchors, /api/batches, /health and the
// OpenAPI document. Against the real programs (support/alliance-world.js).
"use strict";

const { expect } = require("chai");
const { allianceWorld } = require("./support/alliance-world");

const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

describe("indexer serve: the Digital Link resolver and the API", function () {
  this.timeout(180_000);
  let world;
  let link;
  before(async function () {
    world = await allianceWorld();
    const batch = world.batches[0];
    link = `${world.server}/01/${batch.gtin}/10/${encodeURIComponent(batch.lot)}`;
  });

  describe("content negotiation on /01/{gtin}/10/{lot}", function () {
    it("answers Accept: application/json with the evidence bundle of the batch", async function () {
      const response = await fetch(link, { headers: { Accept: "application/json" } });
      expect(response.status).to.equal(200);
      expect(response.headers.get("content-type")).to.match(/^application\/json/);
      expect(response.headers.get("vary")).to.match(/Accept/);
      const bundle = await response.json();
      expect(bundle.bundleVersion).to.equal(1);
      expect(bundle.batch).to.include({ gtin: world.batches[0].gtin, lot: world.batches[0].lot });
      expect(bundle.publisher.allianceName).to.equal("By-Health");
    });

    it("answers a browser with the verify page, which fetches the bundle from the same URL", async function () {
      const response = await fetch(link, { headers: { Accept: BROWSER_ACCEPT } });
      expect(response.status).to.equal(200);
      expect(response.headers.get("content-type")).to.match(/^text\/html/);
      expect(response.headers.get("content-security-policy")).to.match(/script-src 'self'/);
      const html = await response.text();
      const config = JSON.parse(/<script type="application\/json" id="anchor-config">(.*?)<\/script>/.exec(html)[1]);
      expect(config.bundleUrl).to.equal(new URL(link).pathname);
      expect(config.rpc).to.equal(world.rpc);
      expect(config.minConfirmations).to.equal(world.minConfirmations);
      expect(html).to.include("/assets/anchor-verify.js");
    });

    it("gives the page for */* and no Accept (the default link), the bundle for application/json, */*", async function () {
      for (const [accept, type] of [["*/*", "text/html"], [null, "text/html"], ["application/json, text/plain, */*", "application/json"], ["text/html;q=0.5, application/json", "application/json"]]) {
        const response = await fetch(link, { headers: accept === null ? {} : { Accept: accept } });
        expect(response.headers.get("content-type"), String(accept)).to.include(type);
      }
    });

    it("lets linkType=gs1:traceability ask for the bundle even from a browser", async function () {
      const response = await fetch(`${link}?linkType=gs1:traceability`, { headers: { Accept: BROWSER_ACCEPT } });
      expect(response.headers.get("content-type")).to.match(/^application\/json/);
      expect((await response.json()).bundleVersion).to.equal(1);
    });

    it("lists both links in a Link header and, for linkType=all, as a linkset", async function () {
      const head = await fetch(link, { method: "HEAD" });
      expect(head.status).to.equal(200);
      expect(head.headers.get("link")).to.include('rel="https://gs1.org/voc/traceability"').and.include('rel="https://gs1.org/voc/defaultLink"');
      const response = await fetch(`${link}?linkType=all`);
      expect(response.headers.get("content-type")).to.match(/^application\/linkset\+json/);
      const [links] = (await response.json()).linkset;
      expect(links.anchor).to.equal(link);
      expect(links["https://gs1.org/voc/traceability"][0]).to.include({ href: `${link}?linkType=gs1:traceability`, type: "application/json" });
    });

    it("resolves a serial (/21/…) to its lot, and a GTIN-13 to its GTIN-14", async function () {
      const batch = world.batches[0];
      const serial = await fetch(`${link}/21/SN0001`, { headers: { Accept: "application/json" } });
      expect((await serial.json()).batch.lot).to.equal(batch.lot);
      const short = await fetch(`${world.server}/01/${batch.gtin.slice(1)}/10/${batch.lot}`, { headers: { Accept: "application/json" } });
      expect((await short.json()).batch.gtin).to.equal(batch.gtin);
    });
  });

  describe("batches without a tag", function () {
    it("answers an unknown batch 404, as a problem document or a page", async function () {
      const unknown = `${world.server}/01/${world.batches[0].gtin}/10/NO-SUCH-LOT`;
      const json = await fetch(unknown, { headers: { Accept: "application/json" } });
      expect(json.status).to.equal(404);
      expect(json.headers.get("content-type")).to.match(/^application\/problem\+json/);
      expect(await json.json()).to.include({ code: "not-found" }).and.have.property("detail").that.includes("NO-SUCH-LOT");
      const page = await fetch(unknown, { headers: { Accept: BROWSER_ACCEPT } });
      expect(page.status).to.equal(404);
      expect(await page.text()).to.include("Unknown batch");
    });

    it("answers a GTIN with a wrong check digit 400, naming the problem", async function () {
      const gtin = world.batches[0].gtin;
      const wrong = gtin.slice(0, 13) + String((Number(gtin[13]) + 1) % 10);
      const response = await fetch(`${world.server}/01/${wrong}/10/L1`, { headers: { Accept: "application/json" } });
      expect(response.status).to.equal(400);
      expect((await response.json()).detail).to.match(/^GTIN: .*check digit/);
    });

    it("answers a batch that is ingested but not anchored yet 409", async function () {
      const { gtin, lot } = world.unanchored;
      const response = await fetch(`${world.server}/01/${gtin}/10/${lot}`, { headers: { Accept: "application/json" } });
      expect(response.status).to.equal(409);
      const problem = await response.json();
      expect(problem.code).to.equal("not-anchored");
      expect(problem.detail).to.match(/not fully anchored yet/);
    });
  });

  describe("the API, /health and OpenAPI", function () {
    it("pages through /api/anchors and filters by publisher", async function () {
      const all = await fetch(`${world.server}/api/anchors?limit=1`).then((r) => r.json());
      expect(all.final).to.be.at.least(1);
      expect(all.anchors).to.have.length(1);
      expect(all.anchors[0]).to.include({ allianceName: "By-Health", mapping: "matched" });
      const publisher = all.anchors[0].publisher;
      const mine = await fetch(`${world.server}/api/anchors?publisher=${publisher}`).then((r) => r.json());
      expect(mine.anchors.every((a) => a.publisher === publisher)).to.equal(true);
      const none = await fetch(`${world.server}/api/anchors?publisher=0x${"00".repeat(20)}`).then((r) => r.json());
      expect(none.anchors).to.deep.equal([]);
      const bad = await fetch(`${world.server}/api/anchors?limit=0`);
      expect(bad.status).to.equal(400);
      expect((await bad.json()).detail).to.match(/^limit: /);
    });

    it("serves the batch report at /api/batches/{gtin}/{lot}, with the recall", async function () {
      const { gtin, lot } = world.recalled;
      const [report] = await fetch(`${world.server}/api/batches/${gtin}/${lot}`).then((r) => r.json());
      expect(report).to.include({ gtin, lot, recalled: true });
      expect(report.recalls[0].recall.reason).to.equal(world.recallReason);
      expect(report.publisher.alliance.name).to.equal("By-Health");
      expect(report.events.some((e) => e.input)).to.equal(true);
      expect((await fetch(`${world.server}/api/batches/${gtin}/NOPE`)).status).to.equal(404);
    });

    it("reports a healthy index at /health", async function () {
      const response = await fetch(`${world.server}/health`);
      const health = await response.json();
      expect(response.status, JSON.stringify(health.problems)).to.equal(200);
      expect(health).to.include({ status: "healthy", following: true });
      expect(health.progress.indexedBlock).to.be.a("number");
      expect(health.lag).to.be.a("number");
    });

    it("describes every endpoint in /openapi.json", async function () {
      const document = await fetch(`${world.server}/openapi.json`).then((r) => r.json());
      expect(document.openapi).to.match(/^3\./);
      const paths = Object.keys(document.paths);
      for (const path of ["/01/{gtin}/10/{lot}", "/01/{gtin}/10/{lot}/21/{serial}", "/01/{gtin}", "/api/anchors", "/api/batches/{gtin}/{lot}", "/health", "/verify", "/verify/standalone.html", "/assets/{name}", "/"]) {
        expect(paths, path).to.include(path);
      }
      const resolve = document.paths["/01/{gtin}/10/{lot}"].get;
      expect(resolve.parameters.map((p) => p.name)).to.include.members(["gtin", "lot", "linkType"]);
      expect(Object.keys(resolve.responses)).to.include.members(["200", "400", "404", "409"]);
    });
  });
});
