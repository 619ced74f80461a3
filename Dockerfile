# The kg-timeline app on Node 20: the same commands as the README (npm ci = npm install from the lockfile,
# npm run build, npm run seed, then the server), run as the unprivileged `node` user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
# The server runs TypeScript through tsx, a runtime dependency, so only dev tooling is dropped.
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000
# Seeding is idempotent, so it runs on every start; `exec` makes the server the process that receives SIGTERM.
# Not `npm start`: that would rebuild the client, and npm in between would delay the signal.
CMD ["sh", "-c", "npm run seed && exec node --import tsx server/index.ts"]
