import { useGraphiQL } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { useEffect } from 'react';
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

const operations = __PLAN_GRAPH_OPERATIONS__;

// GraphiQL fills the first tab's variables editor from initialVariables, not from defaultTabs.
createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={operations} initialVariables={operations[0]?.variables} defaultEditorToolsVisibility="variables" />,
);
