import { applyOperator, operatorMapProblems, type Operator, type OperatorMap } from './operators';
import { prepareSpans, rewrite, type RedactionSpan } from './spans';

/** What applies when neither the type nor `DEFAULT` has an operator (Presidio's default). */
export const DEFAULT_OPERATOR: Operator = { type: 'replace' };

/** The operator for one entity type: its own entry, else `DEFAULT`, else `replace`. */
export function operatorFor(operators: OperatorMap, entityType: string): Operator {
  // Own properties only: an entity type named "constructor" must not find Object.prototype's.
  if (Object.hasOwn(operators, entityType)) return operators[entityType] as Operator;
  if (Object.hasOwn(operators, 'DEFAULT')) return operators.DEFAULT as Operator;
  return DEFAULT_OPERATOR;
}

/**
 * Rewrites every finding in `text` with its entity type's operator.
 * `findings` are on `text` (UTF-16, end-exclusive), normally sorted and non-overlapping as the
 * analyzer returns them; overlapping or unsorted ones are merged first, spans are widened to whole
 * code points (see `prepareSpans`). Unless an operator is `keep` (or a partial `mask`), the output
 * contains no character of any finding.
 * @throws RangeError when an operator in the map is invalid (see `operatorMapProblems`).
 */
export function redactText(text: string, findings: readonly RedactionSpan[], operators: OperatorMap = {}): string {
  const problems = operatorMapProblems(operators);
  if (problems.length > 0) throw new RangeError(`Invalid redaction operators: ${problems.join('; ')}`);
  return rewrite(text, prepareSpans(text, findings), (span, value) =>
    applyOperator(operatorFor(operators, span.entityType), span.entityType, value),
  );
}
