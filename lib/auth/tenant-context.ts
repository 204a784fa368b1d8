import type { Roll } from "./permissions";

export type TenantContext = {
  userId: string;
  forbundId: string;
  forbundSlug: string;
  forbundNamn: string;
  roll: Roll;
  /** Insatser the user is assigned to (what a vägledare may see). */
  insatsIds: string[];
  /**
   * Set when an API key, not a person, is calling (lib/api/handler.ts). Then
   * userId is "apinyckel:<id>": it names the key in audit rows and must not be
   * used as a User id.
   */
  apiNyckelId?: string;
};
