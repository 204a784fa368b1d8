export function prepareDatabase(env: NodeJS.ProcessEnv, options?: { seed?: "if-empty" | "force" | "none" }): Promise<void>;
