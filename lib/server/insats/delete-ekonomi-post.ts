import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";

export type EkonomiPostTyp = "budget" | "finansiering" | "utfall";

const entity = { budget: "BudgetPost", finansiering: "Finansiering", utfall: "Utfall" } as const;

/** Removes one budget, financing or spending row of the insats (scoped to the förbund and the insats). */
export async function deleteEkonomiPost(ctx: TenantContext, insatsId: string, typ: EkonomiPostTyp, postId: string): Promise<{ id: string }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const where = { id: postId, insatsId, forbundId: ctx.forbundId };
    const { count } =
      typ === "budget" ? await tx.budgetPost.deleteMany({ where }) : typ === "finansiering" ? await tx.finansiering.deleteMany({ where }) : await tx.utfall.deleteMany({ where });
    if (count === 0) throw new NotFoundError("Posten");
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: `${typ}.delete`, entity: entity[typ], entityId: postId, details: { insatsId } });
    return { id: postId };
  });
}
