export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Exports the gateway's spans over OTLP/HTTP (JSON) when an endpoint is configured; otherwise the API stays
 * a no-op. Spans carry ids and enums only (see tracing.ts), so nothing sensitive leaves with them.
 * The SDK is loaded only then: a gateway without an endpoint does not hold its modules in memory.
 */
export async function startTracing(endpoint: string | null): Promise<Tracing | null> {
  if (!endpoint) return null;
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes } = await import('@opentelemetry/resources');
  const { BatchSpanProcessor, NodeTracerProvider } = await import('@opentelemetry/sdk-trace-node');
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'llm-gateway' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }), { scheduledDelayMillis: 1000 })],
  });
  provider.register();
  return provider;
}
