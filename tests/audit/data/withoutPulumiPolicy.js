// Preloaded with `node -r`: makes @pulumi/policy unresolvable, as in a project that never installed the
// optional peer dependency (it is needed for the policy pack, not for the audit command).
const Module = require("node:module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "@pulumi/policy" || request.startsWith("@pulumi/policy/")) {
    const error = new Error(`Cannot find module '${request}'`);
    error.code = "MODULE_NOT_FOUND";
    throw error;
  }
  return resolve.call(this, request, ...rest);
};
