/** The strategy table: one entry per SPEC §6 strategy, one file each. */
import type { StrategyName } from '../types';
import { balanced } from './balanced';
import { cascade } from './cascade';
import { cheapest } from './cheapest';
import { fastest } from './fastest';
import { ordered } from './ordered';
import type { Strategy } from './strategy';

export const STRATEGIES: Readonly<Record<StrategyName, Strategy>> = Object.freeze({ cheapest, ordered, fastest, balanced, cascade });

export { byCost, byLatency, type Choice, type Ranked, type Strategy, type StrategyContext } from './strategy';
