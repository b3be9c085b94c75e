/**
 * Loads modules from a built checkout's dist/ (this one or a baseline's, MIGRAPH_BENCH_BASELINE): the
 * gateway children of the benchmarks (bench/gateway-child.ts, bench/scale-gateway.ts) start the
 * gateway of whichever commit they are pointed at the same way.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** `load('src/server/app.js')` imports that file of `root`'s dist/. */
export function checkoutLoader(root: string): <T>(file: string) => Promise<T> {
  const dist = path.join(path.resolve(root), 'dist');
  return <T>(file: string) => import(pathToFileURL(path.join(dist, file)).href) as Promise<T>;
}
