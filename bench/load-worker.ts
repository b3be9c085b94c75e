import http from 'node:http';

process.once('message', async (msg: { url: string; body: string; connections: number; durationMs: number; headers?: Record<string, string> }) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: msg.connections });
  const url = new URL(msg.url);
  let requests = 0;
  let errors = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { ...msg.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(msg.body) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200) requests++;
            else errors++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(msg.body);
    });
  // Warm-up, then the measured window.
  const warm = Date.now() + Math.min(1_000, msg.durationMs / 4);
  await Promise.all(Array.from({ length: msg.connections }, async () => {
    while (Date.now() < warm) await one();
  }));
  requests = 0;
  errors = 0;
  const start = Date.now();
  const end = start + msg.durationMs;
  await Promise.all(Array.from({ length: msg.connections }, async () => {
    while (Date.now() < end) await one();
  }));
  const durationMs = Date.now() - start;
  process.send!({ requests, errors, durationMs, rps: (requests / durationMs) * 1000 });
  agent.destroy();
});
