# syntax=docker/dockerfile:1
# motcua background worker image (BullMQ processors, no HTTP server). Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t motcua-worker .
# The build stage is the same as in api.Dockerfile, so BuildKit builds it once for both.

FROM node:24-bookworm-slim AS build
WORKDIR /app
# swagger-ui-dist's analytics post-install would phone home during the build
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
# argon2, @swc/core and msgpackr ship prebuilt binaries inside their npm packages: no compiler needed
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    FILE_STORAGE_DIR=/var/lib/motcua/files
WORKDIR /app
# the worker reads and writes the same file store as the API (shared volume in compose)
RUN mkdir -p /var/lib/motcua/files && chown -R node:node /var/lib/motcua
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/worker ./dist/apps/worker
USER node
# The worker has no HTTP server: it refreshes this file every 10 s while PostgreSQL and Redis answer
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "const s=require('fs').statSync('/tmp/motcua-worker-health.json');process.exit(Date.now()-s.mtimeMs<30000?0:1)"]
# Exec form: node receives SIGTERM itself and Nest closes its BullMQ workers cleanly.
# Run with an init process (`init: true` in compose, `docker run --init`) so signals and zombies are handled.
CMD ["node", "dist/apps/worker/apps/worker/src/main.js"]
