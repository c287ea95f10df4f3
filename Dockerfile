# One image for the platform and the dashboard server (docker-compose.yml runs both).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY firmware-protocol/package.json firmware-protocol/
COPY ingest/package.json ingest/
COPY broker/package.json broker/
COPY device-sim/package.json device-sim/
COPY dashboard/package.json dashboard/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 1883 5683/udp 8080 8081
CMD ["node", "broker/dist/server.js"]
