// PoolLookup's lifecycle functions as the dynamic-provider server calls them: what check and create report,
// bounded and, for secret inputs, without the values.
import * as assert from "node:assert/strict";
import { checkPoolLookup } from "../../provider/dynamicProvider/lifecycle";

describe("provider: PoolLookup check", () => {
  it("reports the first 10 problems and, on an 11th failure, how many more there are", () => {
    const poolIds = Array.from({ length: 10_000 }, (_, i) => `bad id ${i}`);
    const { failures } = checkPoolLookup({ poolIds });
    assert.equal(failures.length, 11);
    assert.deepEqual(
      failures.slice(0, 10).map((f) => f.reason),
      poolIds
        .slice(0, 10)
        .map(
          (id, i) =>
            `poolIds[${i}] "${id}" is not a pool ID or ARN: at most 256 characters of letters, digits, _ : / -`,
        ),
    );
    assert.deepEqual(failures[10], {
      property: "poolIds",
      reason: "and 9990 more problems like these; fix them and preview again to see the rest",
    });
  });

  it("reports every problem of a query with 10 or fewer", () => {
    const { failures } = checkPoolLookup({ poolIds: ["bad id"], owner: "ALL" });
    assert.deepEqual(
      failures.map((f) => f.property),
      ["poolIds", "owner", "owner"],
    );
  });
});
