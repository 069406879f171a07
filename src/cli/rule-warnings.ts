import type { BundleCheck } from '@libs/policy';
import type { Io } from './io';

/** `policy check` lines for route rules that never match or never decide; warnings, not failures. */
export function printRuleWarnings(c: Pick<BundleCheck, 'ruleWarnings'>, io: Io): void {
  for (const w of c.ruleWarnings) {
    if (w.kind === 'never_matches') io.out(`warning: rule ${w.rule} can never match`);
    else
      io.out(
        `warning: rule ${w.rule} is shadowed by earlier rule${(w.by ?? []).length === 1 ? '' : 's'} ${(w.by ?? []).join(', ')}: it never decides`,
      );
  }
}
