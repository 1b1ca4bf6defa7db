# syntax=docker/dockerfile:1
# One image for the six Koers services (ADR 0019). The start is exec-form without a shell, so
# SIGTERM reaches Node and a service stops gracefully (README "Images en migraties"):
#
#   serve:    node dist/apps/main.js <service>                   (or KOERS_SERVICE=<service>, no argument)
#   migrate:  node dist/apps/main.js <service> migrate           (one-shot / Kubernetes Job, before the Deployment)
#   check:    node dist/apps/main.js <service> migrate --check   (exit 1 while the schema is behind; init container)
#
# <service> is one of signalen, tafels, pilots, consent, monitoring, notificaties; with the ENTRYPOINT
# below a container gives only the arguments, e.g. `args: ["tafels", "migrate"]`. The process runs as
# UID:GID 10001:10001 on files owned by root (a read-only root filesystem is fine; it writes nothing).
# Linted in CI by tools/docker/lint-dockerfile.ts.
#
# The portal has its own static image, `docker build --target portaal -t koers-portaal .`: the Vite
# build served by unprivileged nginx on port 8080 as 101:101 (deploy/portaal/nginx.conf); its
# /config.json is replaced per deployment. The services' image is the last stage (the default target).

# Every stage on the Node.js of .node-version.
FROM node:24.21.0-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts

FROM deps AS build
COPY tsconfig.base.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
RUN npx tsc -p tsconfig.build.json

FROM deps AS portaal-build
COPY tsconfig.base.json ./
COPY libs/clients ./libs/clients
COPY apps/portaal ./apps/portaal
RUN npx vite build --config apps/portaal/vite.config.ts

FROM nginxinc/nginx-unprivileged:1.29.1-alpine AS portaal
COPY deploy/portaal/nginx.conf /etc/nginx/nginx.conf
COPY --from=portaal-build /app/apps/portaal/dist /usr/share/nginx/html
USER 101:101
EXPOSE 8080
ENTRYPOINT ["nginx", "-g", "daemon off;"]

# Production dependencies only, installed apart from the build's, so no dev package reaches the image.
FROM node:24.21.0-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts

FROM node:24.21.0-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER 10001:10001
EXPOSE 3000
ENTRYPOINT ["node", "dist/apps/main.js"]
