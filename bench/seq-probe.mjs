// Sequential latency probe: one request at a time through the gateway (for profiling, not for the README).
const [url, key, n = '300'] = process.argv.slice(2);
const body = JSON.stringify({
  model: 'auto',
  messages: [{ role: 'user', content: 'Summarise the release notes for version 4.2.1 in three bullet points.' }],
});
const times = [];
for (let i = 0; i < Number(n); i++) {
  const t = performance.now();
  const r = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body });
  await r.text();
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`p50 ${times[Math.floor(times.length / 2)].toFixed(2)} ms, p90 ${times[Math.floor(times.length * 0.9)].toFixed(2)} ms`);
