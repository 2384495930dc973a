# Version Studio as a container image. The build stage runs only `npm ci && npm run package`; the
# runtime stage copies the packaged folder and runs it with plain node as a non-root user.
# (No container engine runs on the project's machines: CI runs the same packaged folder directly
# instead; see the README, "Deploying".)

FROM node:20-slim AS build
WORKDIR /src
COPY . .
RUN npm ci && npm run package

FROM node:20-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    STUDIO_DATA_DIR=/data \
    NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=build --chown=node:node /src/dist/version-studio/ /app/
RUN mkdir -p /data && chown node:node /data
# The embedded database (when DATABASE_URL is unset) and nothing else lives here.
VOLUME ["/data"]
USER node
EXPOSE 3000
# Liveness only: /api/ready also fails while the database is away, which a restart does not fix.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM is handled by the studio (in-flight creates finish, then the database closes).
STOPSIGNAL SIGTERM
CMD ["node", "start.mjs"]
