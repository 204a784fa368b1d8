import { spawn } from "node:child_process";

/** Runs a command with inherited stdio; resolves with its exit code. */
export function run(cmd, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env });
    let output = "";
    if (quiet) {
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
    }
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

export async function mustRun(cmd, args, options) {
  const { code, output } = await run(cmd, args, options);
  if (code !== 0) {
    if (output) process.stderr.write(output);
    throw new Error(`${cmd} ${args.join(" ")} avslutades med kod ${code}`);
  }
  return output;
}
