import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Exports the gateway's spans over OTLP/HTTP (JSON) when an endpoint is configured; otherwise the API stays
 * a no-op. Spans carry ids and enums only (see tracing.ts), so nothing sensitive leaves with them.
 */
export function startTracing(endpoint: string | null): Tracing | null {
  if (!endpoint) return null;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'llm-gateway' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }), { scheduledDelayMillis: 1000 })],
  });
  provider.register();
  return provider;
}
