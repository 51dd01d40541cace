import { execFileSync } from 'node:child_process';

// How to run npm from our scripts on every platform. Node refuses to start a .cmd file without a
// shell since the fix for CVE-2024-27980, so `execFileSync('npm.cmd', …)` fails on Windows. When
// a script runs under npm (npm start, npm run …), npm says where its own CLI is (npm_execpath):
// run that with this Node, no shell at all. Otherwise Windows needs the shell for npm.cmd.
export function npmCommand(args, { platform = process.platform, execPath = process.execPath, npmExecPath = process.env.npm_execpath } = {}) {
  if (npmExecPath && /\.(c|m)?js$/i.test(npmExecPath)) return { file: execPath, args: [npmExecPath, ...args], shell: false };
  if (platform === 'win32') return { file: 'npm.cmd', args, shell: true };
  return { file: 'npm', args, shell: false };
}

/** Runs npm with these arguments (synchronously, like execFileSync). */
export function runNpm(args, options = {}) {
  const { file, args: all, shell } = npmCommand(args);
  return execFileSync(file, all, { ...options, shell });
}
