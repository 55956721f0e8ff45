// verify-report.js: turns the verifier's report into the page: the verdict with each check, the
// recall banner, the batch and its publisher's alliance name (as the chain says it, never as the
// bundle claims it), the timeline, the cold chain and the anchor. "Verified" is written only for
// the verdict "valid"; "cannot verify" is a state of its own, never dressed as a pass.
(function (root, factory) {
  const api = factory(root);
  if (typeof module === "object" && module.exports) module.exports = api;
  else (root.AnchorPage = root.AnchorPage || {}).report = api;
})(typeof self !== "undefined" ? self : this, function (root) {
  "use strict";

  const page = () => root.AnchorPage;
  const STATUS_TEXT = { pass: "pass", fail: "FAIL", "cannot check": "cannot check", skipped: "not run" };
  const STATUS_MARK = { pass: "✓", fail: "✗", "cannot check": "?", skipped: "–" };

  /** The first check with one of `statuses`, in the order of SPEC section 7. */
  function firstWith(report, statuses) {
    return report.checks.find((c) => statuses.includes(c.status)) || null;
  }

  /**
   * The verdict for people: a state (valid, invalid, cannot-verify), a title and a sentence.
   * @param {object} report the verifier's report
   */
  function verdictOf(report) {
    if (report.verdict === "valid") {
      const who = report.publisher && report.publisher.member ? `"${report.publisher.member.name}"` : report.publisher ? report.publisher.address : "the publisher";
      const anchor = report.anchor || {};
      return {
        state: "valid",
        title: "Verified",
        detail: `Every check passed. These events are in the log that ${who} anchored in block ${anchor.blockNumber}, ` +
          `with ${anchor.confirmations} confirmations, and their bytes are exactly those anchored.`,
      };
    }
    if (report.verdict === "invalid") {
      const failed = firstWith(report, ["fail"]);
      return { state: "invalid", title: "Not valid", check: failed && failed.name, detail: `The ${failed.name} check failed: ${failed.reason}` };
    }
    const open = firstWith(report, ["cannot check", "skipped"]);
    return {
      state: "cannot-verify",
      title: "Cannot verify",
      check: open && open.name,
      detail: `Nothing failed, but the ${open ? open.name : "on-chain"} check could not be completed: ${open ? open.reason : "no reason given"}. ` +
        "Until it is, this bundle proves nothing.",
    };
  }

  /** Shows a state that is not a verdict yet (loading, verifying) or an error loading the bundle. */
  function showState(state, title, detail) {
    const { format } = page();
    const box = document.getElementById("verdict");
    box.dataset.state = state;
    delete box.dataset.check;
    document.getElementById("verdict-title").textContent = title;
    format.clear(document.getElementById("verdict-detail")).textContent = detail;
  }

  /**
   * Renders a report.
   * @param {object} report the verifier's report
   * @param {object|null} bundle the bundle parsed (for the disclosed events and the explorer links), or null
   */
  function render(report, bundle) {
    markStale(false);
    const verdict = verdictOf(report);
    showState(verdict.state, verdict.title, verdict.detail);
    if (verdict.check) document.getElementById("verdict").dataset.check = verdict.check;
    renderRecall(report, bundle);
    renderBatch(report);
    renderChecks(report);
    const events = eventsByIndex(bundle);
    renderTimeline(report, events);
    renderColdChain(report, events);
    renderAnchor(report, bundle);
  }

  const RESULT_PARTS = ["batch-card", "checks-card", "timeline-card", "cold-chain-card", "anchor-card", "recall"];

  /** Hides every part of a previous result (another bundle is coming). */
  function reset() {
    for (const id of RESULT_PARTS) document.getElementById(id).hidden = true;
    markStale(false);
  }

  /** Marks the shown result as stale (busy) while the same bundle is verified again, or not. */
  function markStale(stale) {
    for (const id of RESULT_PARTS) {
      const part = document.getElementById(id);
      if (stale) part.setAttribute("aria-busy", "true");
      else part.removeAttribute("aria-busy");
    }
  }

  function eventsByIndex(bundle) {
    const events = new Map();
    if (!bundle || !Array.isArray(bundle.entries)) return events;
    for (const entry of bundle.entries) {
      try {
        if (entry && typeof entry.event === "string") events.set(entry.index, JSON.parse(entry.event));
      } catch {
        // Not an object: the verifier has said so in the entries check.
      }
    }
    return events;
  }

  // The chain's recall is the authority. When the chain could not be read, a recall the bundle
  // itself declares is still shown: a warning against interest needs no proof to be heeded.
  function renderRecall(report, bundle) {
    const { el, clear, unixTime } = page().format;
    const banner = clear(document.getElementById("recall"));
    const chain = report.batch && report.batch.recall;
    const claim = bundle && bundle.recall && bundle.recall.recalledAt !== null && bundle.recall.recalledAt !== undefined ? bundle.recall : null;
    if (chain && chain.recalledAt) {
      banner.dataset.source = "chain";
      banner.append(el("strong", {}, "RECALLED. "), `The publisher recalled this batch on chain on ${unixTime(chain.recalledAt)}. `,
        chain.reason ? `Reason: ${chain.reason}` : "The reason could not be read.");
      banner.hidden = false;
    } else if (chain === undefined && claim) {
      banner.dataset.source = "bundle";
      banner.append(el("strong", {}, "Recall declared. "), "The bundle says this batch was recalled",
        claim.reason ? `: ${claim.reason}` : ".", " The chain could not be asked to confirm it.");
      banner.hidden = false;
    } else {
      banner.hidden = true;
    }
  }

  function renderBatch(report) {
    const { el, clear } = page().format;
    const facts = clear(document.getElementById("batch-facts"));
    if (!report.batch) return;
    const add = (term, ...value) => facts.append(el("dt", {}, term), el("dd", {}, ...value));
    add("GTIN", el("span", { class: "id" }, report.batch.gtin));
    add("Lot", el("span", { class: "id" }, report.batch.lot));
    const publisher = report.publisher || {};
    const member = publisher.member;
    if (member) add("Publisher", el("strong", { id: "alliance-name" }, member.name), " — alliance member, as the alliance registry on chain says");
    else if (member === null) add("Publisher", el("span", { id: "alliance-name" }, "not an alliance member"), " (the alliance registry on chain has no record of this address)");
    else add("Publisher", el("span", { id: "alliance-name" }, "unknown"), " (the alliance registry could not be read)",
      publisher.allianceName ? `; the bundle claims "${publisher.allianceName}", unconfirmed` : "");
    add("Address", el("span", { class: "id" }, publisher.address || "–"));
    document.getElementById("batch-card").hidden = false;
  }

  function renderChecks(report) {
    const { el, clear } = page().format;
    const list = clear(document.getElementById("checks"));
    for (const check of report.checks) {
      list.append(el("li", { class: `check check-${check.status.replace(" ", "-")}`, "data-check": check.name, "data-status": check.status },
        el("span", { class: "check-mark", "aria-hidden": "true" }, STATUS_MARK[check.status] || "?"),
        el("span", { class: "check-name" }, check.name),
        el("span", { class: "check-status" }, STATUS_TEXT[check.status] || check.status),
        el("span", { class: "check-reason" }, check.reason)));
    }
    const warnings = clear(document.getElementById("warnings"));
    for (const w of report.warnings) warnings.append(el("li", {}, el("span", { class: "muted" }, `${w.check}: `), w.message));
    document.getElementById("warnings-box").hidden = report.warnings.length === 0;
    document.getElementById("checks-card").hidden = false;
  }

  function renderTimeline(report, events) {
    const card = document.getElementById("timeline-card");
    card.hidden = !report.timeline || report.timeline.length === 0;
    if (card.hidden) return;
    // Proofs against a head the chain has not confirmed prove nothing: say so above the events.
    const caution = document.getElementById("timeline-caution");
    caution.hidden = report.verdict === "valid";
    caution.textContent = report.verdict === "invalid"
      ? "The bundle is not valid: these events are shown as it states them, and must not be relied on."
      : "Not verified yet: these events match the bundle's own proofs, but the chain has not confirmed them.";
    page().timeline.render(document.getElementById("timeline"), report.timeline, events);
  }

  function renderColdChain(report, events) {
    const card = document.getElementById("cold-chain-card");
    card.hidden = !report.coldChain;
    if (card.hidden) return;
    const own = report.timeline.filter((i) => i.ofTaggedBatch && !i.errorDeclaration && !i.retracted).map((i) => events.get(i.index)).filter(Boolean);
    const container = document.getElementById("cold-chain");
    page().chart.render(container, report.coldChain, own);
    if (report.verdict !== "valid") {
      container.prepend(page().format.el("p", { class: "caution" }, "Recomputed from the bundle's own events, which are not verified: do not rely on it."));
    }
  }

  function renderAnchor(report, bundle) {
    const { el, clear, unixTime, safeHttpUrl } = page().format;
    const facts = clear(document.getElementById("anchor-facts"));
    const explorer = clear(document.getElementById("explorer"));
    const a = report.anchor;
    document.getElementById("anchor-card").hidden = !a;
    if (!a) return;
    const check = report.checks.find((c) => c.name === "anchor");
    const add = (term, ...value) => facts.append(el("dt", {}, term), el("dd", {}, ...value));
    add("Status", check && check.status === "pass" ? "found on chain as stated" : `not confirmed on chain (${check ? check.reason : "not checked"})`);
    add("Log size", String(a.size));
    add("Root", el("span", { class: "id" }, a.root));
    add("Transaction", el("span", { class: "id" }, a.transactionHash), ` (log ${a.logIndex})`);
    add("Block", `${a.blockNumber}`, " ", el("span", { class: "id muted" }, a.blockHash));
    add("Time", unixTime(a.timestamp));
    add("Confirmations", a.confirmations === undefined ? "not checked" : `${a.confirmations}${a.latestBlock !== undefined ? ` (latest block ${a.latestBlock})` : ""}`);
    const links = bundle && bundle.explorer && typeof bundle.explorer === "object" ? bundle.explorer : {};
    const items = [["the anchoring transaction", links.transaction], ["the registry's Read Contract tab (verifyInclusion)", links.contract]]
      .map(([label, url]) => [label, safeHttpUrl(url)])
      .filter(([, url]) => url);
    if (items.length) {
      explorer.append(
        el("p", { class: "muted" }, "Explorer links, as the bundle gives them. They are not verified: check that they open the transaction and contract above."),
        el("ul", { class: "links" }, ...items.map(([label, url]) => el("li", {}, el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, `Open ${label}`), " ", el("span", { class: "id muted" }, url)))));
    } else {
      explorer.append(el("p", { class: "muted" }, "The bundle names no block explorer for this chain."));
    }
  }

  return { render, reset, markStale, showState, verdictOf };
});
