import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { TaskSchema } from '@libs/eval';

/**
 * The drift watch's golden prompts (README "Drift watch"): one JSON file, per route the prompts and
 * their graders (the task line of `gatewayctl eval`, judge graders excepted: drift runs unattended).
 */
export const GoldenSchema = z.strictObject({
  /** The tenant the golden prompts run as (its permitted set, budget and ledger apply). */
  tenant: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/),
  /** Family-wise false-alarm level per run (Bonferroni over the three tests). */
  alpha: z.number().gt(0).lt(0.5).default(0.01),
  /** Each prompt is sent this many times per run (more samples, more power). */
  repeats: z.number().int().min(1).max(50).default(1),
  /**
   * On drift, stop routing to the drifting provider/model (every process, every tenant) until an admin
   * resumes it (POST /admin/providers/resume). Off by default: a pause can leave a route with no candidate.
   */
  pauseOnDrift: z.boolean().default(false),
  routes: z
    .array(
      z.strictObject({
        /** A route id, alias or pinned provider/model: the `model` the prompts are sent with. */
        route: z.string().min(1).max(200),
        tasks: z.array(TaskSchema.refine((t) => t.grader.type !== 'judge', 'judge graders are not used by the drift watch')).min(1),
      }),
    )
    .min(1),
});
export type Golden = z.infer<typeof GoldenSchema>;

/** The golden file, or null when there is none (no drift watch). An invalid file names the field. */
export function loadGolden(path: string): Golden | null {
  if (!existsSync(path)) return null;
  const r = GoldenSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}
