// Every resource kind's declarative entry against AWS's service model (the botocore JSON the emulator
// ships): the filter names it accepts, its ID list's size, and the enums its filter values are checked
// against, so that a model update that the entries miss fails here instead of at AWS.
import * as assert from "node:assert/strict";
import { enumOf, memberShapeName, modelOperation, modelShape } from "../../emulator/serviceModel";
import type { ResourceKind } from "../../provider/engine/kind";
import { CONFIGURATION_SETS } from "../../provider/resources/configurationSets";
import { KEYWORDS } from "../../provider/resources/keywords";
import { OPT_OUT_LISTS } from "../../provider/resources/optOutLists";
import { ORIGINATION_IDENTITIES } from "../../provider/resources/originationIdentities";
import { PHONE_NUMBERS } from "../../provider/resources/phoneNumbers";
import { POOLS } from "../../provider/resources/pools";
import { PROTECT_CONFIGURATIONS } from "../../provider/resources/protectConfigurations";
import { SENDER_IDS } from "../../provider/resources/senderIds";

const KINDS: ResourceKind<unknown>[] = [
  POOLS,
  PHONE_NUMBERS,
  SENDER_IDS,
  OPT_OUT_LISTS,
  CONFIGURATION_SETS,
  PROTECT_CONFIGURATIONS,
  ORIGINATION_IDENTITIES,
  KEYWORDS,
] as ResourceKind<unknown>[];

/** The shape of a member of an operation's request, or undefined when the request has no such member. */
function requestMember(operation: string, member: string): string | undefined {
  const input = modelOperation(operation)?.input;
  assert.ok(input, `the model has no request for ${operation}`);
  const ref = modelShape(input).members?.[member];
  return ref === undefined ? undefined : memberShapeName(ref);
}

describe("provider: every resource kind agrees with AWS's service model", () => {
  for (const kind of KINDS) {
    it(`${kind.operation}: filter names and ID list size`, () => {
      const filters = requestMember(kind.operation, "Filters");
      if (filters === undefined) {
        assert.deepEqual(kind.filterNames, [], "the operation takes no filters");
      } else {
        const filter = modelShape(memberShapeName(modelShape(filters).member!));
        const names = enumOf(memberShapeName(filter.members!.Name));
        assert.deepEqual([...kind.filterNames].sort(), [...names].sort());
      }
      for (const name of Object.keys(kind.filterValueSets ?? {})) {
        assert.ok(kind.filterNames.includes(name), `value set for ${name}, which is no filter`);
      }
      if (kind.ids) {
        const list = requestMember(kind.operation, kind.ids.member);
        assert.ok(list, `${kind.operation} has no ${kind.ids.member}`);
        assert.equal(kind.ids.max, modelShape(list).max);
      }
    });
  }

  it("DescribeConfigurationSets' matching-event-types takes exactly the model's EventType values", () => {
    assert.deepEqual(CONFIGURATION_SETS.filterValueSets?.["matching-event-types"], enumOf("EventType"));
  });
});
