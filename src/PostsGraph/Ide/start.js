// PostsGraph's IDE: GraphiQL over this server's /graphql, with the README's tour as tabs.
// The page at GET /graphql imports this module. Its bare imports are resolved either by the page's
// import map (GraphiQL from a CDN) or by esbuild, which bundles this file into ide/dist (a local
// copy, Ide:AssetsPath). See docs/ide.md.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { parse, print } from 'graphql';

// options: { endpoint, tabs: [{ title, query }], workers?: { editor, json, graphql } }
export function start(element, options) {
  if (options.workers) {
    // A local copy brings Monaco's workers as files of its own; the CDN's are set up by the page.
    globalThis.MonacoEnvironment = {
      getWorker: (_id, label) => new Worker(options.workers[label] ?? options.workers.editor),
    };
  }

  const fetcher = createGraphiQLFetcher({
    url: options.endpoint,
    // PostsGraph answers one JSON response per request: no multipart incremental delivery.
    enableIncrementalDelivery: false,
  });

  // A link may open the IDE on an operation (the workbench's GraphQL panels):
  // /graphql#query=<encoded>&variables=<encoded JSON>. The fragment is cleared, so that a reload
  // does not add the linked tab again.
  const link = new URLSearchParams(location.hash.slice(1));
  const linked = link.get('query') ? { query: pretty(link.get('query')), variables: link.get('variables') ?? '' } : null;
  if (linked) {
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  const readme = options.tabs.map((tab) => ({ query: `# ${tab.title} (README)\n${pretty(tab.query)}\n` }));

  createRoot(element).render(
    createElement(GraphiQL, {
      fetcher,
      // With no tabs stored, the linked one comes first (the active tab); with tabs stored, GraphiQL
      // activates a stored tab of the same operation or adds it as a new active tab.
      defaultTabs: linked ? [linked, ...readme] : readme,
      ...(linked && { initialQuery: linked.query, initialVariables: linked.variables }),
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      // The introspection query asks for everything PostsGraph describes: deprecated arguments and
      // input fields, and the schema's description.
      inputValueDeprecation: true,
      schemaDescription: true,
    }),
  );
  element.dataset.started = 'true';
}

// The README writes some operations on one line, for curl: each tab shows them laid out.
function pretty(query) {
  try {
    return print(parse(query));
  } catch {
    return query;
  }
}
