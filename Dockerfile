# The bot as a container: build with every dependency, run with production dependencies only, as a non-root user.
#   docker build -t inschrijfhulp .
#   docker run -p 3978:3978 --env-file .env -v inschrijfhulp-data:/app/data inschrijfhulp
# tests/deploy/container.test.ts installs the project the way the runtime stage does and runs its CMD.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    SQLITE_PATH=/app/data/bot.sqlite
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/knowledge ./knowledge
COPY --from=build /app/cards ./cards
# The code is root's (COPY's default) and read-only for the bot; only the state folder is the bot's (a volume).
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME /app/data
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself, not npm: `docker stop` sends SIGTERM straight to the bot, which finishes its turns and exits 0.
CMD ["node", "dist/index.js"]
