# Helder as a container image: built in one stage, run in another as a user without privileges.
#   docker build -t helder .
#   docker run -p 3000:3000 -e DATABASE_URL=postgresql://... -e HELDER_SECRET=... helder
# Without DATABASE_URL it keeps the embedded database in /data (mount a volume there; one replica).
# docs/deployment.md has the settings, compose.yaml and the Kubernetes manifests in deploy/.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Package manifests first: the dependency layer is rebuilt only when they change.
COPY package.json package-lock.json ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY packages/domain/package.json packages/domain/
COPY packages/b1/package.json packages/b1/
COPY packages/b1/bin packages/b1/bin
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
# The web app (Vite) and the server (esbuild); then only what runs stays.
RUN npm run build -w @helder/b1 && node scripts/build.mjs --force && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
# Chromium prints the PDF reports; the fonts give it Latin glyphs. Nothing else is installed.
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-dejavu-core ca-certificates \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    HELDER_DATA_DIR=/data \
    CHROMIUM_PATH=/usr/bin/chromium
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/apps/server/package.json apps/server/
COPY --from=build /app/apps/server/dist apps/server/dist
COPY --from=build /app/apps/server/drizzle apps/server/drizzle
COPY --from=build /app/apps/web/dist apps/web/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Liveness for plain Docker; Kubernetes uses its own probes (deploy/kubernetes).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM drains requests in flight before the database closes (main.ts).
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "apps/server/dist/main.js"]
