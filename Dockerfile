# The kg-timeline app on Node 20: the same commands as the README (npm ci = npm install from the lockfile,
# npm run build, npm run seed, then the server), run as the unprivileged `node` user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
# `npm run build` compiled the server and the seed to plain JavaScript (dist/node/), so the dev tooling
# (TypeScript, tsx, vite) is dropped: what runs is `node` and the runtime dependencies.
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000
# Articles: the ones baked in (seed/articles) unless ARTICLES names others, e.g. a folder mounted at /articles
# (docker-compose.yml does; see docs/operations.md), so adding your own needs no rebuild.
# Seeding is idempotent, so it runs on every start; `exec` makes the server the process that receives SIGTERM.
# Not `npm start`: that would rebuild, and npm in between would delay the signal. The server's V8 flags are
# npm start's (server/node-flags.ts says why); the seed runs with them too, as it parses every article as the
# embedded store's start-up does.
CMD ["sh", "-c", "node --initial-old-space-size=1024 dist/node/seed/seed.js && exec node --initial-old-space-size=1024 dist/node/server/index.js"]
