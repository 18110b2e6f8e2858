import * as assert from "node:assert/strict";
import { getPool, getPools, PoolLookupError, PoolNotFoundError } from "../../index";
import { resetClients } from "../../provider/aws/client";
import { checkedPages, PagingError } from "../../provider/engine/pages";
import { answerJson, type ScriptedServer, startScriptedServer, wirePool } from "../support/scriptedServer";

/** The rejection of `promise`, or a failure when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  assert.fail("expected the lookup to fail");
}

describe("provider: lookups against an endpoint that misbehaves", () => {
  let server: ScriptedServer | undefined;
  afterEach(async () => {
    resetClients();
    await server?.stop();
    server = undefined;
  });
  const opts = (extra: object = {}) => ({ endpoint: server!.endpoint, region: "us-east-1", ...extra });

  describe("a stalled answer ends in a timeout", () => {
    const fast = { timeoutMs: 300, maxAttempts: 2 };

    it("headers sent, then silence: PoolLookupError saying it timed out", async () => {
      server = await startScriptedServer((res) => {
        res.writeHead(200, { "content-type": "application/x-amz-json-1.0", "content-length": "1000" });
        res.write('{"Pools": [');
      });
      const err = await rejectionOf(getPools({}, opts(fast)));
      assert.ok(err instanceof PoolLookupError, String(err));
      assert.match(err.message, /timed out/);
      assert.equal(err.awsErrorName, "TimeoutError");
    });

    it("a body trickled a byte at a time is bounded by timeoutMs per attempt", async () => {
      server = await startScriptedServer((res) => {
        res.writeHead(200, { "content-type": "application/x-amz-json-1.0" });
        const timer = setInterval(() => res.write(" "), 50);
        res.on("close", () => clearInterval(timer));
      });
      const started = Date.now();
      const err = await rejectionOf(getPools({}, opts(fast)));
      assert.match(err.message, /timed out/);
      assert.equal(server.count, 2, "one request per attempt");
      // Two attempts of 300 ms plus backoff; without the deadline this never ends.
      assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
    });

    it("an ID lookup that stalls times out too", async () => {
      server = await startScriptedServer((res) => {
        res.writeHead(200, { "content-type": "application/x-amz-json-1.0" });
        res.write("{");
      });
      const err = await rejectionOf(getPools({ poolIds: ["pool-a", "pool-b"] }, opts(fast)));
      assert.ok(err instanceof PoolLookupError);
      assert.match(err.message, /timed out/);
    });

    it("a slow but complete answer within timeoutMs is not cut off", async () => {
      server = await startScriptedServer((res) => {
        res.writeHead(200, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "r" });
        const body = JSON.stringify({ Pools: [wirePool("pool-slow")] });
        res.write(body.slice(0, 10));
        setTimeout(() => res.end(body.slice(10)), 100);
      });
      const result = await getPools({}, opts({ timeoutMs: 2_000 }));
      assert.deepEqual(result.ids, ["pool-slow"]);
    });
  });

  describe("paging that never ends is an error", () => {
    it("a NextToken the service already gave fails the lookup after one repeat", async () => {
      server = await startScriptedServer((res, _body, n) =>
        answerJson(res, { Pools: [wirePool(`pool-${n}`)], NextToken: n % 2 === 0 ? "tok-a" : "tok-b" }),
      );
      const err = await rejectionOf(getPools({}, opts()));
      assert.ok(err instanceof PoolLookupError);
      assert.match(err.message, /NextToken it had already given/);
      assert.equal(server.count, 3, "tok-a, tok-b, then tok-a again: no fourth request");
    });

    it("the same token answered twice in a row stops at once", async () => {
      server = await startScriptedServer((res) => answerJson(res, { Pools: [], NextToken: "again" }));
      const err = await rejectionOf(getPools({}, opts()));
      assert.match(err.message, /already given/);
      assert.equal(server.count, 2);
    });

    it("a listing past the page cap stops with a message that says so", async () => {
      let n = 0;
      async function* endless() {
        for (;;) yield { NextToken: `token-${n++}` };
      }
      const seen: unknown[] = [];
      await assert.rejects(
        (async () => {
          for await (const page of checkedPages(endless(), "DescribePools", 50)) seen.push(page);
        })(),
        (err: Error) => err instanceof PagingError && /after 50 pages/.test(err.message),
      );
      assert.equal(seen.length, 50);
    });
  });

  describe("callers of one shared lookup", () => {
    it("each get their own arrays and pools", async () => {
      server = await startScriptedServer((res) =>
        setTimeout(() => answerJson(res, { Pools: [wirePool("pool-a"), wirePool("pool-b")] }), 50),
      );
      const [first, second] = await Promise.all([getPools({}, opts()), getPools({}, opts())]);
      assert.equal(server.count, 1, "the two identical lookups shared one request");
      first.ids.reverse();
      first.arns.sort().reverse();
      (first.pools[0] as { poolId: string }).poolId = "changed";
      assert.deepEqual(second.ids, ["pool-a", "pool-b"]);
      assert.equal(second.arns[0], wirePool("pool-a").PoolArn);
      assert.equal(second.pools[0].poolId, "pool-a");
    });
  });

  describe("getPool and a missing pool", () => {
    it("an answer without the pool is a PoolNotFoundError naming it, as AWS's not-found is", async () => {
      server = await startScriptedServer((res) => answerJson(res, { Pools: [] }));
      const err = await rejectionOf(getPool({ poolId: "pool-gone" }, opts()));
      assert.ok(err instanceof PoolNotFoundError, String(err));
      assert.equal(err.poolId, "pool-gone");
      assert.match(err.message, /Pool pool-gone was not found in us-east-1/);
    });
  });

  describe("errors of large lookups stay readable", () => {
    it("a failing 10,000-ID lookup names the first IDs and how many more", async () => {
      server = await startScriptedServer((res) => {
        const text = JSON.stringify({
          __type: "ResourceNotFoundException",
          message: "Pool not found",
          ResourceType: "pool",
          ResourceId: "pool-00002",
        });
        res.writeHead(400, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "nf" });
        res.end(text);
      });
      const ids = Array.from({ length: 10_000 }, (_, i) => `pool-${String(i).padStart(5, "0")}`);
      const err = await rejectionOf(getPools({ poolIds: ids }, opts({ concurrency: 1 })));
      assert.ok(err.message.length < 1_000, `message of ${err.message.length} characters`);
      assert.match(err.message, /pool-00000, pool-00001, pool-00002, pool-00003, pool-00004 and 9995 more/);
      assert.match(err.message, /pool-00002 was not found/);
    });
  });
});
