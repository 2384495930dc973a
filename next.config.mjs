/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // The build type-checks the app only; `npm run typecheck` covers tests, e2e and scripts too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  poweredByHeader: false,
};

export default nextConfig;
