/**
 * Running a piece of untrusted-input work in a child process with a bound on its time and on what
 * it may send back. Used for reading imported workshop files: SQLite on a hostile file is the one
 * place where a crafted input could hang or exhaust a process, and that must not be the process
 * holding the user's library.
 *
 * The child is started with child_process.fork: under Node it is Node; under Electron, fork runs
 * the app's own executable as Node (ELECTRON_RUN_AS_NODE, so the RunAsNode fuse must stay on),
 * which can load our script from inside the app archive and the native modules built for it. It
 * answers with one JSON document on stdout.
 */
import { fork } from 'node:child_process';

export interface WorkerCommand {
  script: string;
  /** Flags for the child's runtime; tests run the TypeScript entry through tsx. */
  execArgv: readonly string[];
  /** Another executable than this process's own (tests only). */
  execPath?: string;
}

export interface WorkerLimits {
  timeoutMs: number;
  maxOutputBytes: number;
  /** V8 heap ceiling for the child, in MB. */
  maxHeapMb: number;
}

export type WorkerFailure = 'unstartable' | 'timeout' | 'crashed' | 'too-much-output' | 'garbled';

export class WorkerFailed extends Error {
  constructor(
    readonly reason: WorkerFailure,
    detail = '',
  ) {
    super(`worker ${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'WorkerFailed';
  }
}

/** Runs the worker with `args` and resolves with the JSON it printed; rejects with WorkerFailed. */
export function runWorker(cmd: WorkerCommand, args: readonly string[], limits: WorkerLimits): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = fork(cmd.script, [...args], {
      execArgv: [...cmd.execArgv, `--max-old-space-size=${limits.maxHeapMb}`],
      ...(cmd.execPath ? { execPath: cmd.execPath } : {}),
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      // fork insists on an IPC channel; the answer comes on stdout instead, where its size is counted.
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'json',
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failure: WorkerFailure | null = null;
    const stop = (reason: WorkerFailure) => {
      failure ??= reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop('timeout'), limits.timeoutMs);
    // A reader still running when this process exits (the app quits) is stopped with it.
    const onExit = () => child.kill('SIGKILL');
    process.once('exit', onExit);

    child.stdout!.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxOutputBytes) stop('too-much-output');
      else chunks.push(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    child.on('error', (err) => {
      failure ??= 'unstartable';
      stderr += String(err);
    });
    // 'close' comes after the process has exited and its pipes are drained: only then is the
    // temporary file free to delete (on Windows an open file cannot be).
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.off('exit', onExit);
      if (failure) return reject(new WorkerFailed(failure, stderr.trim()));
      if (code !== 0) return reject(new WorkerFailed('crashed', `exit ${code ?? signal}; ${stderr.trim()}`));
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new WorkerFailed('garbled', stderr.trim()));
      }
    });
  });
}
