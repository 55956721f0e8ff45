// A minimal Ethereum JSON-RPC client over fetch, for Node 20 and browsers alike. Every way a call
// can go wrong (no fetch, refused connection, timeout, HTTP error, non-JSON or malformed answer,
// JSON-RPC error) becomes an RpcUnavailable with a reason, which the checks report as
// "cannot check": a verifier that could not ask the chain must never conclude anything.
"use strict";

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_CHARS = 32 * 1024 * 1024;

class RpcUnavailable extends Error {
  constructor(reason) {
    super(reason);
    this.name = "RpcUnavailable";
  }
}

/**
 * @param {{url: string, fetch?: Function, timeoutMs?: number}} options
 * @returns {{call: (method: string, params: any[]) => Promise<any>, url: string}}
 */
function createRpcClient({ url, fetch: fetchImpl, timeoutMs = DEFAULT_TIMEOUT_MS }) {
  const doFetch = fetchImpl || (typeof fetch === "function" ? fetch : null);
  let nextId = 1;

  async function call(method, params) {
    if (!doFetch) throw new RpcUnavailable("this JavaScript environment has no fetch()");
    const id = nextId++;
    const controller = typeof AbortController === "function" ? new AbortController() : null;
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => {
        if (controller) controller.abort();
        reject(new RpcUnavailable(`${method}: no answer from ${url} within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      const exchange = (async () => {
        let response;
        try {
          response = await doFetch(url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ jsonrpc: "2.0", id, method, params }),
            signal: controller ? controller.signal : undefined,
          });
        } catch (error) {
          throw new RpcUnavailable(`${method}: cannot reach ${url}: ${causeOf(error)}`);
        }
        if (!response || !response.ok) throw new RpcUnavailable(`${method}: ${url} answered HTTP ${response && response.status}`);
        const text = await response.text();
        if (text.length > MAX_RESPONSE_CHARS) throw new RpcUnavailable(`${method}: the answer is larger than ${MAX_RESPONSE_CHARS} characters`);
        let body;
        try {
          body = JSON.parse(text);
        } catch {
          throw new RpcUnavailable(`${method}: the answer is not JSON: ${JSON.stringify(text.slice(0, 60))}`);
        }
        if (typeof body !== "object" || body === null || Array.isArray(body)) throw new RpcUnavailable(`${method}: the answer is not a JSON-RPC response`);
        if (body.error) {
          const message = typeof body.error.message === "string" ? body.error.message : JSON.stringify(body.error);
          throw new RpcUnavailable(`${method}: the node answered error ${body.error.code}: ${message.slice(0, 200)}`);
        }
        if (!("result" in body)) throw new RpcUnavailable(`${method}: the answer has no result`);
        return body.result;
      })();
      return await Promise.race([exchange, timeout]);
    } catch (error) {
      if (error instanceof RpcUnavailable) throw error;
      throw new RpcUnavailable(`${method}: ${causeOf(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  return { call, url };
}

function causeOf(error) {
  if (!error) return "unknown error";
  const cause = error.cause && (error.cause.code || error.cause.message);
  return cause ? `${error.message} (${cause})` : String(error.message || error);
}

/** Reads a JSON-RPC quantity ("0x1a") as a safe integer, or throws RpcUnavailable. */
function quantity(value, what) {
  if (typeof value !== "string" || !/^0x[0-9a-fA-F]{1,16}$/.test(value)) throw new RpcUnavailable(`${what}: expected a hex quantity, got ${JSON.stringify(value)}`);
  const n = Number(BigInt(value));
  if (!Number.isSafeInteger(n)) throw new RpcUnavailable(`${what}: ${value} is beyond 2^53`);
  return n;
}

/** Reads 0x-prefixed hex data of `bytes` length (any length when omitted), lower-cased. */
function hexData(value, what, bytes) {
  const pattern = bytes === undefined ? /^0x(?:[0-9a-fA-F]{2})*$/ : new RegExp(`^0x[0-9a-fA-F]{${bytes * 2}}$`);
  if (typeof value !== "string" || !pattern.test(value)) throw new RpcUnavailable(`${what}: expected hex data, got ${JSON.stringify(String(value).slice(0, 80))}`);
  return value.toLowerCase();
}

module.exports = { createRpcClient, RpcUnavailable, quantity, hexData, DEFAULT_TIMEOUT_MS };
