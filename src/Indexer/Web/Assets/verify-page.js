// verify-page.js: the verify page's controller. It loads the bundle's bytes (from the resolver,
// asking for JSON by content negotiation, or from a file the user opens or drops), runs
// AnchorVerify.verifyBundle on them in the browser against the RPC in the form, and renders
// the report; changing the RPC or the confirmations verifies again. Nothing else the server
// says is used: the configuration block only fills in the form's first values.
(function () {
  "use strict";

  const { report: view, format } = window.AnchorPage;
  const config = readConfig();
  const state = { bytes: null, bundle: null, name: null, run: 0, settings: null };
  const $ = (id) => document.getElementById(id);

  function readConfig() {
    try {
      return JSON.parse(document.getElementById("anchor-config").textContent);
    } catch {
      return {};
    }
  }

  function init() {
    $("rpc").value = config.rpc || "";
    $("confirmations").value = String(config.minConfirmations || 12);
    if (config.offlinePage && !config.standalone) {
      $("offline-link").href = config.offlinePage;
      $("offline-note").hidden = false;
    }
    $("file").addEventListener("change", () => {
      const file = $("file").files && $("file").files[0];
      if (file) loadFile(file);
    });
    wireDrop($("drop"));
    $("settings").addEventListener("submit", (event) => {
      event.preventDefault();
      verify();
    });
    $("rpc").addEventListener("change", verifyIfChanged);
    $("confirmations").addEventListener("change", verifyIfChanged);
    $("save").addEventListener("click", save);
    if (typeof window.AnchorVerify !== "object") {
      view.showState("error", "The verifier did not load", "anchor-verify.js or ethers.umd.min.js is missing from this page, so nothing can be verified.");
      return;
    }
    if (config.bundleUrl) loadFromServer(config.bundleUrl);
    // With no bundle to fetch, opening a file is the first thing to do: bring it up.
    else $("verdict").after($("source-card"));
  }

  function wireDrop(zone) {
    for (const name of ["dragenter", "dragover"]) {
      zone.addEventListener(name, (event) => {
        event.preventDefault();
        zone.classList.add("dragging");
      });
    }
    for (const name of ["dragleave", "drop"]) zone.addEventListener(name, () => zone.classList.remove("dragging"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      const file = event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0];
      if (file) loadFile(file);
    });
  }

  async function loadFromServer(url) {
    view.showState("loading", "Loading the bundle…", `Fetching the evidence bundle from ${url}.`);
    let response;
    try {
      response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
    } catch (error) {
      view.showState("error", "Cannot load the bundle", `The resolver could not be reached: ${error.message}. A saved bundle file can still be verified.`);
      return;
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!response.ok) {
      view.showState("error", "No bundle for this batch", problemText(response.status, bytes));
      return;
    }
    accept(bytes, `the resolver (${url})`, null);
  }

  function problemText(status, bytes) {
    try {
      const problem = JSON.parse(new TextDecoder().decode(bytes));
      if (problem && typeof problem.detail === "string") return `${problem.title || "HTTP " + status}: ${problem.detail}`;
    } catch {
      // Not a problem document.
    }
    return `The resolver answered HTTP ${status}.`;
  }

  async function loadFile(file) {
    view.showState("loading", "Reading the file…", file.name);
    const bytes = new Uint8Array(await file.arrayBuffer());
    accept(bytes, `the file ${file.name}`, file.name);
  }

  function accept(bytes, source, name) {
    state.bytes = bytes;
    state.name = name;
    try {
      state.bundle = JSON.parse(new TextDecoder("utf-8").decode(bytes));
    } catch {
      // The verifier's format check will say why; nothing else needs the parsed bundle then.
      state.bundle = null;
    }
    $("source-text").textContent = `Bundle from ${source}, ${bytes.length.toLocaleString("en")} bytes.`;
    $("save").disabled = false;
    view.reset();
    verify();
  }

  function settings() {
    const confirmations = Number($("confirmations").value);
    return {
      rpc: $("rpc").value.trim(),
      minConfirmations: Number.isSafeInteger(confirmations) && confirmations >= 1 ? confirmations : config.minConfirmations || 12,
    };
  }

  // A field left with the value the last run used needs no new run (and no page that jumps
  // under the pointer on its way to another button).
  function verifyIfChanged() {
    const now = settings();
    if (!state.settings || now.rpc !== state.settings.rpc || now.minConfirmations !== state.settings.minConfirmations) verify();
  }

  async function verify() {
    if (!state.bytes) return;
    const run = ++state.run;
    const { rpc, minConfirmations } = (state.settings = settings());
    // The same bundle again: the last result stays in place, marked stale, until the new one.
    view.markStale(true);
    view.showState("verifying", "Verifying…", rpc ? `Checking the proofs, then asking ${rpc} about the chain.` : "Checking the proofs (no RPC: the chain cannot be asked).");
    const report = await window.AnchorVerify.verifyBundle(state.bytes, { rpc: rpc || null, minConfirmations, timeoutMs: 10000 });
    // A newer run (the RPC was changed meanwhile) owns the page.
    if (run !== state.run) return;
    view.render(report, state.bundle);
  }

  function save() {
    if (!state.bytes) return;
    const batch = state.bundle && state.bundle.batch;
    const name = state.name || (batch && typeof batch.gtin === "string" ? `${batch.gtin}-${String(batch.lot).replace(/[^A-Za-z0-9._-]/g, "_")}.bundle.json` : "bundle.json");
    const link = format.el("a", { href: URL.createObjectURL(new Blob([state.bytes], { type: "application/json" })), download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  init();
})();
