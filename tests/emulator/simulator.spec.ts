// Simulator numbers through the real SDK: an origination SIMULATOR number sends only to AWS's destination
// simulator numbers of its own country; any number may send to those, and the log names the simulated event.

import assert from "node:assert/strict";
import { SendTextMessageCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { rejectsWith, sdkClient, withEmulator } from "../support/emulator";

describe("emulator: simulator numbers", () => {
  const holder = withEmulator({
    seed: {
      phoneNumbers: [
        {
          phoneNumberId: "phone-sim",
          phoneNumber: "+12065550180",
          numberType: "SIMULATOR",
          internationalSendingEnabled: true,
        },
        {
          phoneNumberId: "phone-tfn",
          phoneNumber: "+18335550180",
          numberType: "TOLL_FREE",
          registrationId: "registration-tfn",
        },
      ],
      registrations: [{ registrationId: "registration-tfn", registrationType: "US_TOLL_FREE_REGISTRATION" }],
    },
  });
  const client = () => sdkClient(holder.emulator, { maxAttempts: 1 });
  beforeEach(() => holder.emulator.clearMessages());
  const send = (OriginationIdentity: string, DestinationPhoneNumber: string) =>
    client().send(
      new SendTextMessageCommand({ OriginationIdentity, DestinationPhoneNumber, MessageBody: "test" }),
    );

  it("sends from a simulator number to the US destination simulator numbers, logging the simulated event", async () => {
    await send("phone-sim", "+14254147755");
    await send("phone-sim", "+14254147167");
    assert.deepEqual(
      holder.emulator.sentMessages().map((m) => [m.destinationPhoneNumber, m.outcome, m.simulatorEvent]),
      [
        ["+14254147755", "SENT", "SUCCESS"],
        ["+14254147167", "SENT", "FAILURE"],
      ],
    );
  });

  it("refuses any other destination from a simulator number, another country's simulator numbers too", async () => {
    for (const destination of ["+14255550180", "+447860019066", "+33755512501"]) {
      const error = await rejectsWith(send("phone-sim", destination), "ValidationException");
      assert.deepEqual(
        [error.Reason, error.Fields?.[0].Name],
        ["INVALID_PARAMETER", "DestinationPhoneNumber"],
      );
      assert.match(error.message, /\+14254147755, \+14254147167/);
    }
    assert.deepEqual(
      holder.emulator.sentMessages().map((m) => m.outcome),
      ["REFUSED", "REFUSED", "REFUSED"],
    );
  });

  it("lets other numbers send to simulator and ordinary destinations alike", async () => {
    await send("phone-tfn", "+14254147755");
    await send("phone-tfn", "+14255550181");
    assert.deepEqual(
      holder.emulator.sentMessages().map((m) => [m.outcome, m.simulatorEvent]),
      [
        ["SENT", "SUCCESS"],
        ["SENT", undefined],
      ],
    );
  });
});
