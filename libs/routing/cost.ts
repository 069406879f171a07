/** Price data and cost estimates. Prices are USD per million tokens, as in the policy bundle (SPEC §5). */

/** One provider/model a route may use, with its list prices. */
export interface ModelOffer {
  provider: string;
  model: string;
  inputUsdPerMTok: number;
  outputUsdPerMTok: number;
}

/**
 * Estimated USD cost of one call. Negative or non-finite token counts count as 0; a non-finite or
 * negative price makes the estimate `Infinity`, so a mispriced offer sorts last and never looks free.
 */
export function estimateCostUsd(offer: ModelOffer, promptTokens: number, outputTokens: number): number {
  const inPrice = offer.inputUsdPerMTok;
  const outPrice = offer.outputUsdPerMTok;
  if (!(Number.isFinite(inPrice) && inPrice >= 0 && Number.isFinite(outPrice) && outPrice >= 0)) return Infinity;
  return (tokens(promptTokens) * inPrice + tokens(outputTokens) * outPrice) / 1_000_000;
}

function tokens(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** `$0.000040`: fixed six decimals, what explanations and logs show. */
export function formatUsd(usd: number): string {
  return Number.isFinite(usd) ? `$${usd.toFixed(6)}` : 'unknown cost';
}
