import fc from 'fast-check';
import type { RuleCondition } from './rule-schema';

/** Random `when` trees over the given leaves: all / any / not, kept small (for the rule property specs). */
export function whenOf(leaf: fc.Arbitrary<RuleCondition>, shrinkAcross = false): fc.Arbitrary<RuleCondition> {
  return fc.letrec<{ when: RuleCondition }>((tie) => ({
    when: fc.oneof(
      { depthSize: 'small', withCrossShrink: shrinkAcross },
      leaf,
      fc.record({ all: fc.array(tie('when'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('when'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('when') }),
    ),
  })).when;
}
