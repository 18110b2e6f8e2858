// DeleteProtectConfigurationRuleSetNumberOverride: removes one destination number's rule from one of the caller's
// protect configurations and answers it; a number without a rule is ResourceNotFoundException.

import { e164 } from "../countries";
import { notFound } from "../errors";
import {
  liveNumberOverride,
  numberOverrideInformation,
  ownProtectConfiguration,
  PROTECT_CONFIGURATIONS,
} from "../resources/protectConfiguration";
import { defineOperation } from "./context";

export const deleteProtectConfigurationRuleSetNumberOverride = defineOperation<{
  ProtectConfigurationId: string;
  DestinationPhoneNumber: string;
}>("DeleteProtectConfigurationRuleSetNumberOverride", (request, context) => {
  const config = ownProtectConfiguration(context, request.ProtectConfigurationId);
  const number = e164(request.DestinationPhoneNumber);
  const rule = liveNumberOverride(config, number, context.now);
  if (!rule) throw notFound("protect-configuration", request.DestinationPhoneNumber);
  context.collection(PROTECT_CONFIGURATIONS).update(config, (c) => {
    const { [number]: _removed, ...rest } = c.numberOverrides ?? {};
    c.numberOverrides = rest;
  });
  return {
    ProtectConfigurationArn: config.arn,
    ProtectConfigurationId: config.id,
    ...numberOverrideInformation(number, rule),
  };
});
