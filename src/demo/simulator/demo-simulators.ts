import type { Provider } from '@libs/policy';
import { startSimulator, type SimulatorHandle } from './simulator.server';

/** The variable that overrides the bundle's simulator ports (SPEC §9 names `simulator.port`; this is its env twin). */
export const PORT_BASE_VAR = 'GATEWAY_SIMULATOR_PORT_BASE';

export class SimulatorPortError extends Error {}

/**
 * The port the simulator of the `index`-th simulator provider asks for: with a base, `base + index`
 * (base 0: any free port); without, the bundle's `simulator.port` (0 or none: any free port).
 */
export function simulatorPort(index: number, bundlePort: number | undefined, base: number | null): number {
  if (base === null) return bundlePort ?? 0;
  return base === 0 ? 0 : base + index;
}

function portError(p: Provider, port: number, base: number | null, err: NodeJS.ErrnoException): SimulatorPortError {
  const source = base === null ? `simulator.port of provider ${p.id} in the policy bundle` : `${PORT_BASE_VAR}=${base}`;
  const why =
    err.code === 'EADDRINUSE' ? 'is already in use' : err.code === 'EACCES' ? 'needs privileges' : `failed (${err.code ?? err.message})`;
  return new SimulatorPortError(
    `demo simulator ${p.id}: port 127.0.0.1:${port} ${why} (set by ${source}). ` +
      `Set ${PORT_BASE_VAR}=0 (any free port) or another base, or simulator.port: 0 in the bundle; ` +
      `another demo gateway may be running with fixed ports.`,
  );
}

/**
 * Starts one loopback simulator per `kind: simulator` provider (demo mode only), with the bundle's
 * settings, and returns them by provider id once all listen: their `url` is the base URL to use. On a
 * failure the ones already started are closed and a `SimulatorPortError` names the port and the variable.
 */
export async function startDemoSimulators(providers: readonly Provider[], base: number | null): Promise<Map<string, SimulatorHandle>> {
  const sims = providers.filter((p) => p.kind === 'simulator');
  const last = base === null || base === 0 ? 0 : base + sims.length - 1;
  if (last > 65535) throw new SimulatorPortError(`${PORT_BASE_VAR}=${base} leaves no room for ${sims.length} simulators below 65536`);
  const started = new Map<string, SimulatorHandle>();
  for (const [i, p] of sims.entries()) {
    const port = simulatorPort(i, p.simulator?.port, base);
    const { port: _bundlePort, ...settings } = p.simulator ?? {};
    try {
      started.set(p.id, await startSimulator({ ...settings, providerId: p.id, port, host: '127.0.0.1' }));
    } catch (err) {
      await Promise.all([...started.values()].map((s) => s.close()));
      throw portError(p, port, base, err as NodeJS.ErrnoException);
    }
  }
  return started;
}
