import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';

interface CanonicalOperation {
  query: string;
  variables?: string;
}

// Filled in by scripts/build-playground.ts from schema/operations/*.graphql.
declare const __PLAN_GRAPH_OPERATIONS__: CanonicalOperation[];

// Monaco's language workers are bundled beside this script and served by Plan Graph itself: the
// page loads nothing from any other host.
const workers: Record<string, string> = { json: 'json.worker.js', graphql: 'graphql.worker.js' };
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return new Worker(`/playground/assets/${workers[label] ?? 'editor.worker.js'}`);
  },
};

const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={__PLAN_GRAPH_OPERATIONS__} defaultEditorToolsVisibility="variables" />,
);
