// Builds evidence bundles (docs/SPEC.md section 5) from the scenario: a batch's entries and those
// of the input lots its TransformationEvents name, their compact proof (section 4) at an anchored
// size, the anchor's place on the chain, and the issuer's claims. Shares no code with the verifiers.
"use strict";

const { LEDGERS } = require("./scenario");
const { batchKey } = require("./ledger");
const CLAIMS = require("./coldchain-claims");

const ISSUED_AT = "2026-05-16T00:00:00Z";

/**
 * @param {object} scenario what runScenario returned
 * @param {{publisher: string, batch: string, anchor: number, history?: number[], allianceName?: string|null,
 *          size?: number}} spec publisher slug, batch letter, index of the anchor in the publisher's
 *   anchors, indices of earlier anchors for `history`; `size` builds the proofs at a size that was
 *   never anchored (then the anchor's place is that of anchor `anchor`)
 */
function buildBundle(scenario, spec) {
  const ledger = LEDGERS[spec.publisher];
  const published = scenario.publishers[spec.publisher];
  const anchored = published.anchors[spec.anchor];
  const size = spec.size || anchored.size;
  const root = ledger.log.root(size);
  const tagged = ledger.fixture.batches[spec.batch];
  const inputs = inputLots(ledger, spec.batch, size);
  const disclosed = ledger.entries.filter((e) => e.index < size && (e.batch === spec.batch || inputs.has(e.batch)));

  const bundle = {
    bundleVersion: 1,
    issuedAt: ISSUED_AT,
    batch: {
      gtin: tagged.gtin,
      lot: tagged.lot,
      batchKey: batchKey(tagged.gtin, tagged.lot),
      digitalLink: `${ledger.fixture.digitalLinkDomain}/01/${tagged.gtin}/10/${encodeURIComponent(tagged.lot)}`,
    },
    chain: { chainId: scenario.chainId, ...scenario.contracts },
    publisher: { address: published.address, allianceName: spec.allianceName === undefined ? memberName(scenario, published.address) : spec.allianceName },
    anchor: { ...anchored, size, root },
    entries: disclosed.map(({ index, gtin, lot, eventHashId, declaredAt, salt, event }) => ({ index, gtin, lot, eventHashId, declaredAt, salt, event })),
    proof: compactProof(ledger, disclosed.map((e) => e.index), size),
  };
  if (spec.history) {
    bundle.history = spec.history.map((i) => {
      const earlier = published.anchors[i];
      return { size: earlier.size, root: earlier.root, consistencyProof: ledger.log.consistencyProof(earlier.size, size) };
    });
  }
  const recall = scenario.recalls.find((r) => r.publisher === published.address && r.batchKey === bundle.batch.batchKey);
  bundle.recall = recall ? { recalledAt: recall.recalledAt, reason: recall.reason } : { recalledAt: null, reason: null };
  bundle.coldChain = JSON.parse(JSON.stringify(CLAIMS[spec.publisher][spec.batch]));
  bundle.explorer = explorerOf(bundle, disclosed);
  return bundle;
}

/** The lots named as inputs by TransformationEvents of the batch (within the first `size` entries). */
function inputLots(ledger, batch, size) {
  const names = new Set();
  for (const entry of ledger.fixture.events.slice(0, size)) {
    if (entry.batch !== batch || entry.event.type !== "TransformationEvent") continue;
    for (const q of entry.event.inputQuantityList || []) {
      for (const [key, b] of Object.entries(ledger.fixture.batches)) if (q.epcClass.endsWith(`.${b.lot}`)) names.add(key);
    }
  }
  return names;
}

/** Section 4: each distinct node once, numbered in order of first use. */
function compactProof(ledger, indices, size) {
  const nodes = [];
  const position = new Map();
  const paths = indices.map((index) => ({
    index,
    nodes: ledger.log.inclusionProof(index, size).map((hash) => {
      if (!position.has(hash)) {
        position.set(hash, nodes.length);
        nodes.push(hash);
      }
      return position.get(hash);
    }),
  }));
  return { nodes, paths };
}

function memberName(scenario, address) {
  const member = scenario.alliance.members.find((m) => m.address === address);
  return member ? member.name : null;
}

/** No explorer serves a local Hardhat chain: the links are null, the verifyInclusion text is there. */
function explorerOf(bundle, disclosed) {
  const byIndex = new Map(bundle.proof.paths.map((p) => [p.index, p.nodes.map((n) => bundle.proof.nodes[n])]));
  return {
    transaction: null,
    contract: null,
    verifyInclusion: disclosed.map((e) => ({
      publisher: bundle.publisher.address,
      root: bundle.anchor.root,
      size: String(bundle.anchor.size),
      index: String(e.index),
      leafHash: e.leafHash,
      proof: `[${(byIndex.get(e.index) || []).join(",")}]`,
    })),
  };
}

module.exports = { buildBundle, ISSUED_AT };
