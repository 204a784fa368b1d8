import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { CreateBudgetPostInput, CreateFinansieringInput, CreateUtfallInput } from "@/lib/validation/insats-delar";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertMedlemmar } from "./assert-medlemmar";
import { findInsatsPeriod } from "./find-insats-period";
import { withTenantTx } from "@/lib/server/tenant-tx";

export async function createBudgetPost(ctx: TenantContext, insatsId: string, input: CreateBudgetPostInput): Promise<{ id: string }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    await findInsatsPeriod(tx, ctx, insatsId);
    const post = await tx.budgetPost.create({ data: { forbundId: ctx.forbundId, insatsId, ...input }, select: { id: true } });
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "budget.create", entity: "BudgetPost", entityId: post.id, details: { insatsId, ar: input.ar, kategori: input.kategori, belopp: input.belopp } });
    return post;
  });
}

export async function createFinansiering(ctx: TenantContext, insatsId: string, input: CreateFinansieringInput): Promise<{ id: string }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    await findInsatsPeriod(tx, ctx, insatsId);
    await assertMedlemmar(tx, ctx, { medlemId: input.medlemId });
    const post = await tx.finansiering.create({
      data: { forbundId: ctx.forbundId, insatsId, ar: input.ar, kalla: input.kalla, medlemId: input.medlemId ?? null, belopp: input.belopp },
      select: { id: true },
    });
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "finansiering.create", entity: "Finansiering", entityId: post.id, details: { insatsId, ar: input.ar, kalla: input.kalla, belopp: input.belopp } });
    return post;
  });
}

export async function createUtfall(ctx: TenantContext, insatsId: string, input: CreateUtfallInput): Promise<{ id: string }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    await findInsatsPeriod(tx, ctx, insatsId);
    const post = await tx.utfall.create({ data: { forbundId: ctx.forbundId, insatsId, ...input, manad: input.manad ?? null }, select: { id: true } });
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "utfall.create", entity: "Utfall", entityId: post.id, details: { insatsId, ar: input.ar, manad: input.manad ?? null, belopp: input.belopp } });
    return post;
  });
}
