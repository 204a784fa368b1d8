import type { Roll } from "./permissions";

export type TenantContext = {
  userId: string;
  forbundId: string;
  forbundSlug: string;
  forbundNamn: string;
  roll: Roll;
  /** Insatser the user is assigned to (what a vägledare may see). */
  insatsIds: string[];
};
