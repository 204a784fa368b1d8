type RunOptions = { env?: NodeJS.ProcessEnv; quiet?: boolean };
export function run(cmd: string, args: string[], options?: RunOptions): Promise<{ code: number; output: string }>;
export function mustRun(cmd: string, args: string[], options?: RunOptions): Promise<string>;
