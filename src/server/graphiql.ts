/**
 * GraphiQL served from the installed packages (graphiql, react, react-dom, graphql-ws UMD builds):
 * no CDN, because the machines that run migraph may have no internet. Subscriptions go over the same
 * /graphql path with graphql-ws.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Express } from 'express';

const require = createRequire(import.meta.url);

function pkgDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
  'graphql-ws.js': { pkg: 'graphql-ws', file: 'umd/graphql-ws.min.js', type: 'text/javascript' },
};

const DEFAULT_QUERY = `# Welcome to migraph: one schema over Huawei SMS, Alibaba SMC and UCloudStack SMC.
# Run this, then try the subscription in the README.
{
  accounts { id provider regions }
  tasks(first: 10) {
    totalCount
    nodes { id name provider state nativeState progress { percent phase } }
  }
}
`;

/**
 * The page's script, kept raw (String.raw) so its regular expressions reach the browser unchanged.
 * GraphiQL's own fetcher spots a subscription only when the request names its operation, and its
 * parsed document can lag behind the editor, so subscriptions are routed by the query text sent.
 */
function initScript(endpoint: string): string {
  return String.raw`    const url = new URL(__ENDPOINT__, location.href).toString();
    const ws = graphqlWs.createClient({ url: url.replace(/^http/, 'ws'), lazy: true });
    const http = GraphiQL.createFetcher({ url });
    function isSubscription(params) {
      const text = String(params.query)
        .replace(/"""[\s\S]*?"""|"(?:\\.|[^"\\])*"/g, '""')
        .replace(/#[^\n]*/g, '');
      const ops = [...text.matchAll(/(?:^|})\s*(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/g)].map((m) => ({ kind: m[1], name: m[2] }));
      const op = params.operationName ? ops.find((o) => o.name === params.operationName) : ops.length === 1 ? ops[0] : undefined;
      return !!op && op.kind === 'subscription';
    }
    const fetcher = (params, opts) => (isSubscription(params) ? ws.iterate(params) : http(params, opts));
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: __DEFAULT_QUERY__, shouldPersistHeaders: false }),
    );
`.replace('__ENDPOINT__', () => JSON.stringify(endpoint)).replace('__DEFAULT_QUERY__', () => JSON.stringify(DEFAULT_QUERY));
}

export function graphiqlHtml(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>migraph GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphql-ws.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script>
${initScript(endpoint)}  </script>
</body>
</html>
`;
}

export function mountGraphiqlAssets(app: Express): void {
  for (const [name, asset] of Object.entries(ASSETS)) {
    const file = path.join(pkgDir(asset.pkg), asset.file);
    app.get(`/graphiql/assets/${name}`, (_req, res) => {
      res.type(asset.type).set('cache-control', 'public, max-age=86400').sendFile(file);
    });
  }
}
