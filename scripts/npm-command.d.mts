export function npmCommand(
  args: string[],
  opts?: { platform?: string; execPath?: string; npmExecPath?: string | null },
): { file: string; args: string[]; shell: boolean };
export function runNpm(args: string[], options?: import('node:child_process').ExecFileSyncOptions): Buffer | string;
