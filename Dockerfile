# One image for every Koers service; the service is chosen with KOERS_SERVICE.
FROM node:24.21.0-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
RUN npx tsc -p tsconfig.build.json && npm prune --omit=dev

FROM node:24.21.0-bookworm-slim
ENV NODE_ENV=production TS_NODE_BASEURL=/app/dist KOERS_SERVICE=signalen
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json tsconfig.base.json tsconfig.json ./
USER node
EXPOSE 3000
CMD ["sh", "-c", "exec node -r tsconfig-paths/register dist/apps/${KOERS_SERVICE}/src/main.js"]
