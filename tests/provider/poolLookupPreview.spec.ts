import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import type { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { seedPools, withEmulator } from "../support/emulator";
import { makeInstalledProject } from "../support/installedPackage";
import { type PoolLookupServer, startPoolLookupServer } from "../support/poolLookupServer";

const { DIFF_NONE, DIFF_SOME, DIFF_UNKNOWN } = provproto.DiffResponse.DiffChanges;
const UNKNOWN = pulumi.runtime.unknownValue;
const TRANSACTIONAL = [{ name: "message-type", values: ["TRANSACTIONAL"] }];

describe("provider: PoolLookup previews with inputs from other resources (Diff with unknowns)", function () {
  this.timeout(60_000);
  const holder = withEmulator({ seed: { pools: seedPools(12) } });
  let project: ReturnType<typeof makeInstalledProject>;
  let server: PoolLookupServer;
  let id: string;
  let olds: Struct;

  before(async () => {
    project = makeInstalledProject();
    server = await startPoolLookupServer(project.dir, {
      "sms-pools:endpoint": holder.emulator.endpoint,
      "sms-pools:region": "us-east-1",
    });
    const created = await server.create(server.props({ filters: TRANSACTIONAL }));
    id = created.getId();
    olds = created.getProperties()!;
  });
  after(async () => {
    await server?.stop();
    project?.remove();
  });

  /** The engine's answer to a preview: the diff may be unknown or a change, but never "no change". */
  async function previewDiff(news: Record<string, unknown>) {
    const diff = await server.diff(id, olds, news);
    assert.ok(
      [DIFF_UNKNOWN, DIFF_SOME].includes(diff.getChanges()),
      `changes is ${diff.getChanges()}, expected unknown or some`,
    );
    assert.deepEqual(diff.getReplacesList(), [], "a lookup is never replaced");
    return diff;
  }

  it("poolIds not known yet give an unknown diff, not an error", async () => {
    await previewDiff({ poolIds: UNKNOWN });
  });

  it("one pool ID not known yet gives an unknown diff, not an error", async () => {
    await previewDiff({ poolIds: ["pool-a", UNKNOWN] });
  });

  it("filters not known yet give an unknown diff, not an error", async () => {
    await previewDiff({ filters: UNKNOWN });
  });

  it("a filter value not known yet gives an unknown diff, not an error", async () => {
    await previewDiff({ filters: [{ name: "message-type", values: [UNKNOWN] }] });
  });

  it("an owner not known yet gives an unknown diff, not an error", async () => {
    await previewDiff({ filters: TRANSACTIONAL, owner: UNKNOWN });
  });

  it("a region not known yet gives an unknown diff, not an error", async () => {
    await previewDiff({ filters: TRANSACTIONAL, region: UNKNOWN });
  });

  it("known inputs equal to the stored query still give no change", async () => {
    const diff = await server.diff(id, olds, { filters: TRANSACTIONAL });
    assert.equal(diff.getChanges(), DIFF_NONE);
  });

  it("check accepts the same unknown inputs and passes them on for the diff", async () => {
    const checked = await server.check({ poolIds: UNKNOWN, region: UNKNOWN });
    assert.deepEqual(checked.getFailuresList(), []);
    const inputs = checked.getInputs()!.toJavaScript() as Record<string, unknown>;
    assert.equal(inputs.poolIds, UNKNOWN);
    assert.equal(inputs.region, UNKNOWN);
  });
});
