# syntax=docker/dockerfile:1
# motcua API image. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t motcua-api .
# The build stage is the same as in worker.Dockerfile, so BuildKit builds it once for both.

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
    PORT=3000 \
    FILE_STORAGE_DIR=/var/lib/motcua/files
WORKDIR /app
# uploaded files live outside the code, in a directory (usually a volume) the node user owns
RUN mkdir -p /var/lib/motcua/files && chown -R node:node /var/lib/motcua
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api
USER node
EXPOSE 3000
# Migrations (and demo data unless SEED_DEMO=false) run before the API listens: allow a slow first start.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node receives SIGTERM itself and Nest closes HTTP, PostgreSQL and Redis cleanly.
# Run with an init process (`init: true` in compose, `docker run --init`) so signals and zombies are handled.
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
