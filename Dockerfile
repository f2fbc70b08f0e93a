# Plan Graph's image: the compiled server with production dependencies only.
#   docker build -t plan-graph .
#   docker run -p 4000:4000 plan-graph                      # SQLite, built from fixtures/ at start
#   docker run -e DATABASE_URL=postgres://... plan-graph node dist/src/import/cli.js   # then the server
# docker-compose.yml runs PostgreSQL, the import and two replicas behind nginx. scripts/image-steps.sh
# runs these same steps without Docker; test/deploy.test.ts checks this file against the build.

# Native addons (better-sqlite3, sqlite3) are compiled when no prebuilt binary can be fetched:
# compilers and Node's own headers are in the build stages only, never in the final image.
FROM node:22-bookworm-slim AS toolchain
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
ENV npm_config_nodedir=/usr/local
WORKDIR /app

# Stage 1: every dependency, then `npm run build` (TypeScript into dist/src, the playground and the
# dashboard bundles into dist/playground and dist/dashboard).
FROM toolchain AS build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Stage 2: the production dependencies alone (no tsx, vitest, codegen...).
FROM toolchain AS deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# The image: what `node dist/src/main.js` and `node dist/src/import/cli.js` read at run time.
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
# package.json: "type": "module" makes Node load dist's .js files as ES modules.
COPY package.json package-lock.json ./
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/playground ./dist/playground
COPY --from=build /app/dist/dashboard ./dist/dashboard
COPY fixtures ./fixtures
COPY sdk/generated/persisted-documents.json ./sdk/generated/persisted-documents.json
# The one place the server writes: the SQLite file when DATABASE_URL is not set (DATABASE_PATH).
RUN mkdir data && chown node:node data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
