// PutProtectConfigurationRuleSetNumberOverride: an ALLOW or BLOCK rule for one destination number on one of the
// caller's protect configurations, taking precedence over its country rules when sending; putting a number again
// replaces its rule. The number is kept in E.164 form (with or without "+" names the same rule).

import { countryOf, e164 } from "../countries";
import { invalidField } from "../errors";
import {
  type NumberOverride,
  numberOverrideInformation,
  ownProtectConfiguration,
  PROTECT_CONFIGURATIONS,
} from "../resources/protectConfiguration";
import { defineOperation } from "./context";

interface PutNumberOverrideInput {
  ProtectConfigurationId: string;
  DestinationPhoneNumber: string;
  Action: "ALLOW" | "BLOCK";
  ExpirationTimestamp?: number;
  ClientToken?: string;
}

export const putProtectConfigurationRuleSetNumberOverride = defineOperation<PutNumberOverrideInput>(
  "PutProtectConfigurationRuleSetNumberOverride",
  (request, context) => {
    const config = ownProtectConfiguration(context, request.ProtectConfigurationId);
    const number = e164(request.DestinationPhoneNumber);
    if (request.ExpirationTimestamp !== undefined && request.ExpirationTimestamp * 1000 <= context.now) {
      throw invalidField(
        "INVALID_PARAMETER",
        "ExpirationTimestamp",
        `ExpirationTimestamp ${request.ExpirationTimestamp} is not in the future; leave it out for a rule that never expires.`,
      );
    }
    const rule: NumberOverride = { action: request.Action, createdMs: context.now };
    const country = countryOf(number);
    if (country !== undefined) rule.isoCountryCode = country;
    if (request.ExpirationTimestamp !== undefined) rule.expiresMs = request.ExpirationTimestamp * 1000;
    context.collection(PROTECT_CONFIGURATIONS).update(config, (c) => {
      c.numberOverrides = { ...c.numberOverrides, [number]: rule };
    });
    return {
      ProtectConfigurationArn: config.arn,
      ProtectConfigurationId: config.id,
      ...numberOverrideInformation(number, rule),
    };
  },
);
