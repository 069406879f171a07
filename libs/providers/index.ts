export * from './adapter';
export { OpenAICompatibleAdapter, type OpenAICompatibleOptions } from './openai-compatible/openai-compatible.adapter';
export { createAdapter } from './create-adapter';
export { startSimulator, type SimulatorFaults, type SimulatorHandle, type SimulatorOptions } from './simulator/simulator.server';
