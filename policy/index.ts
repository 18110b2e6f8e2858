// Entry point of the sms-pools-guard pack: builds the PolicyPack, which starts the Analyzer gRPC server.
//
// Tests import the rule modules, never this file: a second PolicyPack in one process exits the process.
import { PolicyPack } from "@pulumi/policy";
import { POLICY_PACK_DESCRIPTION, POLICY_PACK_NAME, policies } from "./policies";

new PolicyPack(POLICY_PACK_NAME, { description: POLICY_PACK_DESCRIPTION, policies });
