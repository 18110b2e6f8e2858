// Runs a command module of @pulumi/pulumi as resolved from the working directory, as the plugins beside
// this file need; a project without @pulumi/pulumi gets one line saying what to install, not a stack trace.

module.exports = function serveFromProject(command, plugin) {
  let entry;
  try {
    entry = require.resolve(command, { paths: [process.cwd()] });
  } catch (err) {
    const reason = String(err?.message).split("\n")[0];
    process.stderr.write(
      `${plugin}: can't find ${command} from ${process.cwd()} (${reason}); run npm install there\n`,
    );
    process.exit(1);
  }
  require(entry);
};
